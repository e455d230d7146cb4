package org.ruralwater.billing.reading;

import org.ruralwater.core.datafile.Coded;

/** What is odd about a period's readings. File codes are the lower-case names. */
public enum AnomalyCode implements Coded {
    /** Lower than the previous reading and explained by the register passing its last digit. */
    ROLLOVER,
    /** Lower than the previous reading and not explained by a rollover: a misread, a swapped or tampered meter. */
    REVERSAL,
    /** No water used. */
    ZERO_USE,
    /** Use above the household's own average times the policy's high factor. */
    HIGH_USE,
    /** Use below the household's own average times the policy's low factor. */
    LOW_USE,
    /** The meter was replaced during the period (final reading of the old, initial of the new). */
    METER_REPLACED,
    /** A reading the period depends on was estimated. */
    ESTIMATED_READ,
    /** No reading at the end of the period: the use was estimated by the policy. */
    MISSING_READ,
    /** No earlier reading to measure from. */
    NO_PREVIOUS_READ
}
