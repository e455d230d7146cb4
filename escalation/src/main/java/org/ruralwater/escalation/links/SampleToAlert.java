package org.ruralwater.escalation.links;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.RefusalException;
import org.ruralwater.escalation.wording.EscalationWords;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.SamplingPoint;

/**
 * Which samples raise an alert: those taken at one of {@code points} (drinking water: the standard's limits do
 * not hold for raw water at the source, which its own standards judge) whose verdict is one of {@code verdicts}. A failed determination raises
 * quality-rules' own alerts (re-sample and re-test, or check the dosing, with their deadlines); an indeterminate
 * sample, which cannot show compliance either way, raises one alert to complete or repeat the analysis within
 * {@code furtherAnalysisHours} of sampling.
 *
 * @param code the link's code, as results cite it
 */
public record SampleToAlert(
        String code,
        List<SamplingPoint> points,
        List<Verdict> verdicts,
        int furtherAnalysisHours,
        String source,
        String confidence) {

    public SampleToAlert {
        requireNonNull(code, "code");
        points = List.copyOf(points);
        verdicts = List.copyOf(verdicts);
        if (points.isEmpty()) {
            throw new RefusalException(Phrase.of(EscalationWords.SOME_POINTS, code));
        }
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

    /** Whether samples taken at the point are watched. */
    public boolean watches(SamplingPoint point) {
        return points.contains(point);
    }

    /** Whether samples with this verdict raise alerts. */
    public boolean raisesOn(Verdict verdict) {
        return verdicts.contains(verdict);
    }
}
