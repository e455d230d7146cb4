package org.ruralwater.qualityrules.evaluation;

import org.jspecify.annotations.Nullable;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.Rules;
import org.ruralwater.qualityrules.standard.Standard;

/**
 * GB 5749-2022 Table 1 note b: small centralized and dispersed supply limited by its source or treatment may
 * use the relaxed maxima of four indicators (GB 5749-2006 clause 4.1.7 and Table 4, without the "limited"
 * condition). Which supply may is the standard's {@code relaxation}; the maxima are the indicators'
 * {@code relaxed_max}.
 */
final class NoteBRelaxedLimits {

    private final Rules.@Nullable Relaxation relaxation;

    NoteBRelaxedLimits(Standard standard) {
        this.relaxation = standard.relaxation().orElse(null);
    }

    /** Whether the sample's supply may use the relaxed maxima. */
    boolean appliesTo(Sample sample) {
        return relaxation != null && relaxation.appliesTo(sample.supply(), sample.limited());
    }

    /** The indicator's limit with its relaxed maximum; its own limit when the standard does not relax it. */
    NumericLimit relax(NumericLimit own, Indicator ind) {
        if (relaxation == null || ind.relaxedMax().isEmpty()) {
            return own;
        }
        String relaxedText = NumericLimit.text(
                ind.min(), ind.relaxedMax(), ind.maxExclusive(), ind.limitUnit().orElseThrow());
        String text = relaxedText + " (relaxed from " + ind.max().orElseThrow().toPlainString() + ")";
        return own.withMax(ind.relaxedMax().get(), true, own.clause() + "; " + relaxation.clause(), text);
    }
}
