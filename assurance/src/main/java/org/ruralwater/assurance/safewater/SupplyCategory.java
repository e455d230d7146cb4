package org.ruralwater.assurance.safewater;

import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.SupplyWorks;

/** The supply categories safe-water rules grade water quality by. */
public enum SupplyCategory implements Coded {
    /** 千吨万人 works: 1000 m³/d or 10,000 people and more. */
    LARGE_SCALE,
    /** Smaller centralized works. */
    SMALL_CENTRALIZED,
    /** Decentralized supply: household wells, cisterns, springs. */
    DISPERSED;

    /** The category of a works from its capacity, people served and kind. */
    public static SupplyCategory of(SupplyWorks works) {
        if (works.kind() == SupplyKind.DISPERSED) {
            return DISPERSED;
        }
        return works.isLargeScale() ? LARGE_SCALE : SMALL_CENTRALIZED;
    }
}
