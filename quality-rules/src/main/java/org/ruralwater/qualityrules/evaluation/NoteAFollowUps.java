package org.ruralwater.qualityrules.evaluation;

import java.util.List;
import java.util.Map;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.standard.Rules;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * GB 5749-2022 Table 1 note a: where total coliforms are detected, E. coli must be determined (GB 5749-2006
 * has the same note). The pairs are the standard's {@code follow_ups}; a follow-up not yet determined is an
 * ACTION finding that counts like a missing determination.
 */
final class NoteAFollowUps {

    /** One follow-up rule and its finding, which is immutable and so shared by every sample. */
    private record FollowUp(Rules.FollowUp rule, Finding finding) {}

    private final List<FollowUp> followUps;

    NoteAFollowUps(Standard standard, Completeness completeness) {
        this.followUps = standard.followUps().stream()
                .map(f -> new FollowUp(
                        f,
                        new Finding(
                                Finding.Kind.ACTION,
                                f.require(),
                                completeness.ofMissing(),
                                Phrase.of(QualityWords.FOLLOW_UP_REQUIRED, f.whenDetected(), f.require()),
                                f.clause())))
                .toList();
    }

    /** Adds a finding for each indicator that failed by being detected and whose follow-up was not determined. */
    void addTo(Sample sample, Map<String, DeterminationVerdict> verdicts, List<Finding> findings) {
        for (FollowUp f : followUps) {
            DeterminationVerdict trigger = verdicts.get(f.rule().whenDetected());
            if (trigger != null
                    && trigger.verdict() == Verdict.FAIL
                    && sample.determination(f.rule().require()).isEmpty()) {
                findings.add(f.finding());
            }
        }
    }
}
