package org.ruralwater.qualityrules.evaluation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.sample.Result;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * What a result says about the true value in the limit's unit: the interval it lies in, or why it cannot be
 * compared with a numeric limit at all (a descriptive text, a unit or basis the limit cannot take).
 */
sealed interface Bounds permits Bounds.Between, Bounds.Incomparable {

    /** A result without a detection limit: the true value is somewhere from zero upwards. */
    Between NOT_DETECTED_WITHOUT_LIMIT =
            new Between(BigDecimal.ZERO, null, true, false, Phrase.of(QualityWords.NOT_DETECTED_WITHOUT_LIMIT));

    /** The bounds a determination's result puts on the true value of the indicator. */
    static Bounds of(Determination d, Indicator ind) {
        Result r = d.result();
        if (r instanceof Result.Measured m) {
            BigDecimal v = LimitUnit.convert(m.value(), d, ind);
            return v == null ? unconvertible(m.value(), d, ind) : new Between(v, v, true, true, null);
        }
        if (r instanceof Result.BelowLimit b) {
            if (b.limit().isEmpty()) {
                return NOT_DETECTED_WITHOUT_LIMIT;
            }
            BigDecimal dl = LimitUnit.convert(b.limit().get(), d, ind);
            return dl == null
                    ? unconvertible(b.limit().get(), d, ind)
                    : new Between(
                            BigDecimal.ZERO,
                            dl,
                            true,
                            false,
                            Phrase.of(QualityWords.BELOW_DETECTION_LIMIT, dl.toPlainString()));
        }
        if (r instanceof Result.AboveRange a) {
            BigDecimal bound = LimitUnit.convert(a.bound(), d, ind);
            return bound == null
                    ? unconvertible(a.bound(), d, ind)
                    : new Between(
                            bound,
                            null,
                            false,
                            false,
                            Phrase.of(QualityWords.ABOVE_METHOD_RANGE, bound.toPlainString()));
        }
        return new Incomparable(Phrase.of(QualityWords.DESCRIPTIVE_RESULT, Phrase.quoted(r.toString())));
    }

    private static Incomparable unconvertible(Quantity q, Determination d, Indicator ind) {
        return new Incomparable(LimitUnit.whyNot(q, d, ind));
    }

    /**
     * The true value lies between {@code low} and {@code high}; a missing end is open.
     *
     * @param note what the result says in words, for reasons, such as "below the detection limit 0.002";
     *     null for a measured value
     */
    record Between(
            @Nullable BigDecimal low,
            @Nullable BigDecimal high,
            boolean lowInclusive,
            boolean highInclusive,
            @Nullable Phrase note)
            implements Bounds {

        /** PASS when every possible value is within the maximum, FAIL when none is, otherwise INDETERMINATE. */
        Verdict againstMax(BigDecimal max, boolean exclusive) {
            if (high != null) {
                int c = high.compareTo(max);
                boolean allWithin = exclusive ? (c < 0 || (c == 0 && !highInclusive)) : c <= 0;
                if (allWithin) {
                    return Verdict.PASS;
                }
            }
            if (low != null) {
                int c = low.compareTo(max);
                boolean noneWithin = exclusive ? c >= 0 : (c > 0 || (c == 0 && !lowInclusive));
                if (noneWithin) {
                    return Verdict.FAIL;
                }
            }
            return Verdict.INDETERMINATE;
        }

        /** PASS when every possible value reaches the minimum, FAIL when none does, otherwise INDETERMINATE. */
        Verdict againstMin(BigDecimal min) {
            if (low != null) {
                int c = low.compareTo(min);
                if (c > 0 || (c == 0 && lowInclusive)) {
                    return Verdict.PASS;
                }
            }
            if (high != null) {
                int c = high.compareTo(min);
                if (c < 0 || (c == 0 && !highInclusive)) {
                    return Verdict.FAIL;
                }
            }
            return Verdict.INDETERMINATE;
        }

        /** Why a side that did not pass did not: a FAIL states the side, otherwise what the result leaves open. */
        Phrase reason(Verdict v, Phrase side) {
            if (v == Verdict.FAIL) {
                return side;
            }
            return note == null
                    ? Phrase.of(QualityWords.CANNOT_SHOW_NOT, side)
                    : Phrase.of(QualityWords.SO_CANNOT_SHOW_NOT, note, side);
        }
    }

    /** The result cannot be compared with a numeric limit, for the reason given. */
    record Incomparable(Phrase reason) implements Bounds {}
}
