package org.ruralwater.qualityrules.evaluation;

import org.ruralwater.core.datafile.Coded;

/** The outcome of holding a result, or a whole sample, to a standard. */
public enum Verdict implements Coded {
    /** Compliance is shown. */
    PASS,
    /**
     * Compliance cannot be shown either way: a detection limit above the limit, a censored value across it,
     * a guidance value exceeded (further analysis decides), or a required determination missing.
     */
    INDETERMINATE,
    /** Non-compliance is shown. */
    FAIL,
    /** The standard sets no limit for this indicator; it never decides a sample's verdict. */
    NOT_REGULATED;

    /** The worse of two verdicts, FAIL over INDETERMINATE over PASS; NOT_REGULATED counts for nothing. */
    public Verdict and(Verdict other) {
        if (this == NOT_REGULATED) {
            return other == NOT_REGULATED ? PASS : other;
        }
        if (other == NOT_REGULATED) {
            return this;
        }
        return compareTo(other) >= 0 ? this : other;
    }
}
