package org.ruralwater.qualityrules.evaluation;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.standard.Standard;

/**
 * One sample held to several standards side by side, such as GB 5749-2022 against WHO, US EPA and EU. An
 * indicator a standard does not list is NOT_REGULATED under it.
 */
public final class Comparison {

    private final List<Evaluator> evaluators;

    private Comparison(List<Evaluator> evaluators) {
        this.evaluators = evaluators;
    }

    /** A comparison of complete samples (missing requirements count), in the order given. */
    public static Comparison of(List<Standard> standards) {
        return new Comparison(standards.stream().map(Evaluator::of).toList());
    }

    /** A comparison judging only what was determined in each sample. */
    public Comparison asTested() {
        return new Comparison(evaluators.stream().map(Evaluator::asTested).toList());
    }

    /** The verdict under each standard, by standard id, in the order the standards were given. */
    public Map<String, SampleVerdict> evaluate(Sample sample) {
        requireNonNull(sample, "sample");
        Map<String, SampleVerdict> out = new LinkedHashMap<>();
        for (Evaluator e : evaluators) {
            out.put(e.standard().id(), e.evaluate(sample));
        }
        return out;
    }
}
