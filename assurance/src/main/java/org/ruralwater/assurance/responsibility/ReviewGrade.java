package org.ruralwater.assurance.responsibility;

import org.ruralwater.core.datafile.Coded;

/** A water manager's yearly review grade ("look, check, report"). */
public enum ReviewGrade implements Coded {
    /** 合格. */
    QUALIFIED,
    /** 基本合格: followed by a user-satisfaction survey. */
    BASICALLY_QUALIFIED,
    /** 不合格: the village nominates someone else. */
    UNQUALIFIED
}
