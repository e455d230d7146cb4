package org.ruralwater.assurance.monitoring;

import org.ruralwater.core.datafile.Coded;

/** What a risk signal reports; risk triggers turn signals into problems. */
public enum SignalKind implements Coded {
    /** Supply stopped; the value is its length in hours. */
    INTERRUPTION,
    /** A water sample or on-site check failed. */
    QUALITY_FAILED,
    /** A household buys its water; the value, when known, is the price in yuan per m³. */
    BUYING_WATER,
    /** A household without a tap reports that fetching water is hard. */
    HARD_TO_FETCH,
    /** Pipes or meters frozen and damaged. */
    FREEZE_DAMAGE,
    /** A drought affects the village's water. */
    DROUGHT,
    /** Flood, earthquake or other damage to a works. */
    WORKS_DAMAGE,
    /** A complaint nobody answered (反映问题没人管). */
    COMPLAINT_UNANSWERED,
    /** A safe-water indicator was below 基本达标 in screening. */
    INDICATOR_FAILED
}
