package org.ruralwater.core.works;

import org.ruralwater.core.datafile.Coded;

/**
 * How a works disinfects, which decides the disinfectant residuals and by-products GB 5749-2022 Table 2 and
 * footnote c require. File codes are the lower-case names.
 */
public enum DisinfectionMethod implements Coded {
    /** 氯气及游离氯制剂: chlorine gas or hypochlorite. */
    CHLORINE,
    /** 氯胺: chloramine. */
    CHLORAMINE,
    /** 臭氧. */
    OZONE,
    /** 二氧化氯. */
    CHLORINE_DIOXIDE,
    /** 二氧化氯与氯混合: a generator making chlorine dioxide and chlorine together. */
    CHLORINE_DIOXIDE_CHLORINE,
    /** 紫外线: ultraviolet, which leaves no residual. */
    UV,
    /** No disinfection. */
    NONE;

    /** Whether the method leaves a disinfectant residual in the network. */
    public boolean leavesResidual() {
        return this != UV && this != NONE && this != OZONE;
    }
}
