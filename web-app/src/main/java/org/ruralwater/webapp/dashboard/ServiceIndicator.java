package org.ruralwater.webapp.dashboard;

/**
 * The dashboard's service indicators beside the coverage ones: each counted by its domain module from the
 * store's year of records. All but open problems are shares (a part of a whole, in percent); open problems
 * are a count, whose target is zero (动态清零).
 */
public enum ServiceIndicator {
    /** 水质达标率: finished-water samples meeting every tested limit, of the samples taken (quality-rules). */
    WATER_QUALITY,
    /** 水费收缴率: what was collected of the month's bills, of what they charged (billing's receivables). */
    FEE_COLLECTION,
    /** Repairs done within their commitment's deadline, of those due in the month (maintenance). */
    REPAIR_TIMELINESS,
    /** Problem tickets open at the end of the month, and of them overdue (assurance's ledger). */
    OPEN_PROBLEMS;

    /** The indicator's code in pages and the targets file: {@code water_quality}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isShare() {
        return this != OPEN_PROBLEMS;
    }
}
