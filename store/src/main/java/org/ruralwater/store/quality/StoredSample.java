package org.ruralwater.store.quality;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.SamplingPoint;

/**
 * A sample as the store holds it: its facts, the verdict quality-rules gave it when stored and the standard it
 * was held to, and each determination with its own verdict, limit and clause.
 */
public record StoredSample(
        String id,
        Optional<String> works,
        SamplingPoint point,
        LocalDateTime sampledAt,
        Verdict verdict,
        String standard,
        List<StoredSample.Determination> determinations) {

    /** One determination: the result as written back by quality-rules, its verdict, limit, relaxation and clause. */
    public record Determination(
            String indicator, String result, Verdict verdict, String limit, boolean relaxed, String clause) {
        public Determination {
            requireNonNull(indicator, "indicator");
            requireNonNull(result, "result");
            requireNonNull(verdict, "verdict");
            requireNonNull(limit, "limit");
            requireNonNull(clause, "clause");
        }
    }

    public StoredSample {
        requireNonNull(id, "id");
        requireNonNull(works, "works");
        requireNonNull(point, "point");
        requireNonNull(sampledAt, "sampledAt");
        requireNonNull(verdict, "verdict");
        requireNonNull(standard, "standard");
        determinations = List.copyOf(determinations);
    }
}
