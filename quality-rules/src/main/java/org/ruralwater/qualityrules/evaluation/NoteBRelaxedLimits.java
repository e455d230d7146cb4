package org.ruralwater.qualityrules.evaluation;

import org.jspecify.annotations.Nullable;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.Rules;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * GB 5749-2022 Table 1 note b: small centralized and dispersed supply "因水源与净水技术受限时" (limited by its
 * source or treatment) may use the relaxed maxima of four indicators. Which supply may is the standard's
 * {@code relaxation}; the maxima are the indicators' {@code relaxed_max}. The limitation is a fact the sample
 * states: without it the strict limit applies, and its text says why it was not relaxed. GB 5749-2006 Table
 * 4 relaxes rural small and dispersed supply without that condition (clause 4.1.7).
 */
final class NoteBRelaxedLimits {

    /** How note b applies to a sample's supply. */
    enum Use {
        /** Note b does not name the supply: the rows' own limits. */
        NOT_NAMED,
        /** Note b names the supply, but the sample does not say it is limited: the strict limits, saying so. */
        NOT_LIMITED,
        /** The relaxed maxima. */
        RELAXED
    }

    private final Rules.@Nullable Relaxation relaxation;

    NoteBRelaxedLimits(Standard standard) {
        this.relaxation = standard.relaxation().orElse(null);
    }

    /** How note b applies to the sample's supply. */
    Use useFor(Sample sample) {
        if (relaxation == null || !relaxation.names(sample.supply())) {
            return Use.NOT_NAMED;
        }
        return relaxation.appliesTo(sample.supply(), sample.limited()) ? Use.RELAXED : Use.NOT_LIMITED;
    }

    /** The indicator's limit with its relaxed maximum; its own limit when the standard does not relax it. */
    NumericLimit relax(NumericLimit own, Indicator ind) {
        if (relaxation == null || ind.relaxedMax().isEmpty()) {
            return own;
        }
        String relaxedText = NumericLimit.text(
                ind.min(), ind.relaxedMax(), ind.maxExclusive(), ind.limitUnit().orElseThrow());
        Phrase text = Phrase.of(
                QualityWords.RELAXED_FROM, relaxedText, ind.max().orElseThrow().toPlainString());
        return own.withMax(ind.relaxedMax().get(), true, own.clause() + "; " + relaxation.clause(), text);
    }

    /**
     * The indicator's own limit for supply note b names but the sample does not state as limited, with a text
     * saying why it was not relaxed; its own limit when the standard would not relax it anyway.
     */
    NumericLimit strict(NumericLimit own, Indicator ind) {
        if (relaxation == null
                || !relaxation.requiresLimited()
                || ind.relaxedMax().isEmpty()) {
            return own;
        }
        Phrase text = Phrase.of(
                QualityWords.NOT_RELAXED_TO, own.text(), ind.relaxedMax().get().toPlainString());
        return own.withMax(ind.max().orElseThrow(), false, own.clause() + "; " + relaxation.clause(), text);
    }
}
