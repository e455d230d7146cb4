package org.ruralwater.qualityrules.sample;

import org.ruralwater.core.datafile.Coded;

/** Where a sample was taken. File codes are the lower-case names. */
public enum SamplingPoint implements Coded {
    /** 水源水: raw water at the source, before treatment. */
    SOURCE,
    /** 出厂水: treated water leaving the plant. */
    OUTLET,
    /** 管网水: water in the distribution network. */
    NETWORK,
    /** 末梢水: water at a user's tap. */
    TAP;

    /** Whether the water has been treated and is held to the drinking-water limits and residual rules. */
    public boolean isFinishedWater() {
        return this != SOURCE;
    }
}
