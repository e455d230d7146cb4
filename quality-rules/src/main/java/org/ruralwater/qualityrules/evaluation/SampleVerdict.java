package org.ruralwater.qualityrules.evaluation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.TreeSet;

/**
 * The verdict on a whole sample: the worst of its determinations and findings.
 *
 * @param standard the id of the standard the sample was held to
 */
public record SampleVerdict(
        String sampleId,
        String standard,
        Verdict verdict,
        List<DeterminationVerdict> determinations,
        List<Finding> findings) {

    public SampleVerdict {
        requireNonNull(sampleId, "sampleId");
        requireNonNull(standard, "standard");
        requireNonNull(verdict, "verdict");
        determinations = List.copyOf(determinations);
        findings = List.copyOf(findings);
    }

    /** The codes of the indicators that fail, sorted. */
    public List<String> failingIndicators() {
        TreeSet<String> codes = new TreeSet<>();
        for (DeterminationVerdict d : determinations) {
            if (d.verdict() == Verdict.FAIL) {
                codes.add(d.indicator());
            }
        }
        for (Finding f : findings) {
            if (f.verdict() == Verdict.FAIL) {
                codes.addAll(List.of(f.subject().split(";")));
            }
        }
        return List.copyOf(codes);
    }

    /** The codes of required determinations that are missing, sorted. */
    public List<String> missingIndicators() {
        TreeSet<String> codes = new TreeSet<>();
        for (Finding f : findings) {
            if (f.kind() == Finding.Kind.MISSING) {
                codes.add(f.subject());
            }
        }
        return List.copyOf(codes);
    }
}
