package org.ruralwater.assurance.assessment;

import org.ruralwater.core.datafile.Coded;

/** What an item does to the result. */
public enum Role implements Coded {
    /** Scored into the total. */
    GENERAL,
    /** Scored, and must pass: a failed key item fails the assessment (主控项目). */
    KEY,
    /** Not scored; failing it gives the lowest grade whatever the total (一票否决). */
    VETO,
    /** Added on top of the total, up to its points (附加项目, 加分). */
    BONUS,
    /** Taken off the total, up to its points (扣分). */
    PENALTY
}
