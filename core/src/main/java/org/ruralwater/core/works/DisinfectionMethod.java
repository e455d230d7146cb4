package org.ruralwater.core.works;

import org.ruralwater.core.datafile.Coded;

/**
 * How a works disinfects, which decides the disinfectant residuals and by-products GB 5749-2022 Table 2 and
 * Table 1 note c require. The methods are the ones note c names; file codes are the lower-case names.
 *
 * <p>Note c, as commonly reprinted, names chlorate for sodium hypochlorite and for chlorine dioxide and
 * chlorine generators, not for liquid chlorine or calcium hypochlorite, so the three forms of free chlorine
 * are told apart. {@link #CHLORINE} stays for files that do not say which form they dose.
 */
public enum DisinfectionMethod implements Coded {
    /**
     * Free chlorine of a form the file does not state (liquid chlorine, sodium or calcium hypochlorite): the
     * code older files use. Held to every rule of the three forms, chlorate included, until the form is said.
     */
    CHLORINE,
    /** 氯胺: chloramine. */
    CHLORAMINE,
    /** 臭氧. */
    OZONE,
    /** 二氧化氯. */
    CHLORINE_DIOXIDE,
    /** 二氧化氯与氯混合消毒剂发生器: a generator making chlorine dioxide and chlorine together. */
    CHLORINE_DIOXIDE_CHLORINE,
    /** 紫外线: ultraviolet, which leaves no residual. */
    UV,
    /** No disinfection. */
    NONE,
    /** 液氯: liquid chlorine (chlorine gas from cylinders). */
    LIQUID_CHLORINE,
    /** 次氯酸钠: sodium hypochlorite, bought in solution or made on site by a generator (次氯酸钠发生器). */
    SODIUM_HYPOCHLORITE,
    /** 次氯酸钙: calcium hypochlorite (漂白粉, 漂粉精), as tablets or powder. */
    CALCIUM_HYPOCHLORITE;

    /** Whether the method leaves a disinfectant residual in the network. */
    public boolean leavesResidual() {
        return this != UV && this != NONE && this != OZONE;
    }
}
