package org.ruralwater.qualityrules.evaluation;

import java.util.List;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * GB 5749-2022 Table 1 note e: gross α and gross β are guidance values; above one, nuclide analysis and
 * evaluation are required, and the result does not fail. Applies to every indicator whose row is marked
 * {@code guidance} (also the EU's indicator parameters), with the action its {@code on_exceedance} names.
 */
final class NoteEGuidanceValues {

    private NoteEGuidanceValues() {}

    /**
     * The verdict on a guidance value: a FAIL becomes INDETERMINATE with an ACTION finding added for the
     * further analysis; any other verdict, or an indicator without a guidance value, is returned as it is.
     */
    static DeterminationVerdict judge(Indicator ind, DeterminationVerdict v, List<Finding> findings) {
        if (!ind.guidance() || v.verdict() != Verdict.FAIL) {
            return v;
        }
        findings.add(new Finding(
                Finding.Kind.ACTION,
                ind.code(),
                Verdict.INDETERMINATE,
                Phrase.of(
                        QualityWords.ABOVE_GUIDANCE_FINDING,
                        Phrase.named(ind.nameZh(), ind.nameEn()),
                        ind.onExceedance()
                                .map(Phrase::verbatim)
                                .orElse(Phrase.of(QualityWords.FURTHER_ANALYSIS_REQUIRED))),
                v.clause()));
        return new DeterminationVerdict(
                ind.code(),
                v.result(),
                Verdict.INDETERMINATE,
                Phrase.of(QualityWords.GUIDANCE_VALUE_LIMIT, v.heldTo()),
                v.relaxed(),
                v.clause(),
                Phrase.of(QualityWords.ABOVE_GUIDANCE_REASON));
    }
}
