package org.ruralwater.assurance.responsibility;

/** A water manager's yearly review grade ("look, check, report"). */
public enum ReviewGrade {
    /** 合格. */
    QUALIFIED,
    /** 基本合格: followed by a user-satisfaction survey. */
    BASICALLY_QUALIFIED,
    /** 不合格: the village nominates someone else. */
    UNQUALIFIED
}
