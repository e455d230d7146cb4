package org.ruralwater.escalation.links;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.RefusalException;
import org.ruralwater.escalation.wording.EscalationWords;
import org.ruralwater.qualityrules.evaluation.Verdict;

/**
 * Which samples raise an alert: those whose verdict is one of {@code verdicts}. A failed determination raises
 * quality-rules' own alerts (re-sample and re-test, or check the dosing, with their deadlines); an indeterminate
 * sample, which cannot show compliance either way, raises one alert to complete or repeat the analysis within
 * {@code furtherAnalysisHours} of sampling.
 *
 * @param code the link's code, as results cite it
 */
public record SampleToAlert(
        String code, List<Verdict> verdicts, int furtherAnalysisHours, String source, String confidence) {

    public SampleToAlert {
        requireNonNull(code, "code");
        verdicts = List.copyOf(verdicts);
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        for (Verdict v : verdicts) {
            if (v != Verdict.FAIL && v != Verdict.INDETERMINATE) {
                throw new RefusalException(Phrase.of(EscalationWords.ONLY_FAIL_OR_INDETERMINATE, code, v.code()));
            }
        }
        if (furtherAnalysisHours < 0 || furtherAnalysisHours > 24 * 366) {
            throw new RefusalException(Phrase.of(
                    EscalationWords.HOURS_WITHIN, code, "further_analysis_hours", 24 * 366, furtherAnalysisHours));
        }
    }

    /** Whether samples with this verdict raise alerts. */
    public boolean raisesOn(Verdict verdict) {
        return verdicts.contains(verdict);
    }
}
