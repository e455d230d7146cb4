package org.ruralwater.core.household;

import org.ruralwater.core.datafile.Coded;

/** How a household takes piped water. File codes are the lower-case names. */
public enum Connection implements Coded {
    /** 入户: a tap inside the house. */
    IN_HOUSE_TAP,
    /** 入院: a tap in the yard. */
    YARD_TAP,
    /** 集中供水点: a public standpipe shared by several households. */
    PUBLIC_STANDPIPE,
    /** No piped water: the household fetches water itself. */
    NONE;

    /** Whether water is piped to the house or yard, which safe-water rules count as convenient. */
    public boolean isPipedToPremises() {
        return this == IN_HOUSE_TAP || this == YARD_TAP;
    }
}
