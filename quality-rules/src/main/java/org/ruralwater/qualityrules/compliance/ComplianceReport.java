package org.ruralwater.qualityrules.compliance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.ruralwater.qualityrules.evaluation.DeterminationVerdict;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.Sample;

/**
 * Pass rates over a selection of samples, each with its numerator and denominator (../shared/domain.md
 * §3.7, medium confidence for the definitions):
 *
 * <ul>
 *   <li>sample pass rate (水质达标率 as health departments and MWR report it): samples shown to meet every
 *       tested limit ÷ samples;
 *   <li>item pass rate, per indicator: determinations that pass ÷ determinations of that indicator.
 * </ul>
 *
 * <p>An INDETERMINATE sample or determination counts in the denominator but not the numerator: it was
 * not shown to comply. The CJ/T 206 combined rate is not offered: its weighting formula could not be
 * confirmed from the standard's text.
 */
public final class ComplianceReport {

    /** The target of CJ/T 206-2005 for each rate, in percent. */
    public static final BigDecimal TARGET_PERCENT = new BigDecimal("95");

    private final Rate samples;
    private final long indeterminateSamples;
    private final Map<String, Rate> items;

    private ComplianceReport(Rate samples, long indeterminateSamples, Map<String, Rate> items) {
        this.samples = samples;
        this.indeterminateSamples = indeterminateSamples;
        this.items = items;
    }

    /** The rates over the samples the selection keeps, held to the evaluator's standard. */
    public static ComplianceReport of(List<Sample> samples, Evaluator evaluator, Predicate<Sample> selection) {
        requireNonNull(samples, "samples");
        requireNonNull(evaluator, "evaluator");
        requireNonNull(selection, "selection");
        long total = 0;
        long passing = 0;
        long indeterminate = 0;
        Map<String, long[]> items = new TreeMap<>();
        for (Sample s : samples) {
            if (!selection.test(s)) {
                continue;
            }
            SampleVerdict v = evaluator.evaluate(s);
            total++;
            if (v.verdict() == Verdict.PASS) {
                passing++;
            } else if (v.verdict() == Verdict.INDETERMINATE) {
                indeterminate++;
            }
            for (DeterminationVerdict d : v.determinations()) {
                if (d.verdict() == Verdict.NOT_REGULATED) {
                    continue;
                }
                long[] n = items.computeIfAbsent(d.indicator(), k -> new long[2]);
                n[1]++;
                if (d.verdict() == Verdict.PASS) {
                    n[0]++;
                }
            }
        }
        Map<String, Rate> rates = new TreeMap<>();
        items.forEach((k, n) -> rates.put(k, new Rate(n[0], n[1])));
        return new ComplianceReport(new Rate(passing, total), indeterminate, Map.copyOf(rates));
    }

    /** Samples shown to meet every tested limit ÷ samples. */
    public Rate samples() {
        return samples;
    }

    /** Samples that could not be shown to comply or not, included in the sample rate's denominator. */
    public long indeterminateSamples() {
        return indeterminateSamples;
    }

    /** Per indicator code, passing determinations ÷ determinations, sorted by code. */
    public Map<String, Rate> items() {
        return new TreeMap<>(items);
    }

    /** The indicators whose item pass rate is below the target, sorted by code. */
    public List<String> itemsBelow(BigDecimal targetPercent) {
        return items().entrySet().stream()
                .filter(e -> !e.getValue().meets(targetPercent))
                .map(Map.Entry::getKey)
                .toList();
    }
}
