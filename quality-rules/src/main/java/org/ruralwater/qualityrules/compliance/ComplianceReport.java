package org.ruralwater.qualityrules.compliance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * not shown to comply. {@link #combined} gives the CJ/T 206 combined rate.
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

    /**
     * The seven network items of CJ/T 206-2005's combined rate (管网水7项): turbidity, colour, odour and taste,
     * residual chlorine, plate count, total coliforms and COD_Mn, by their GB 5749-2022 codes.
     */
    public static final List<String> CJT206_NETWORK_ITEMS = List.of(
            "turbidity",
            "color",
            "odour_taste",
            "free_chlorine",
            "heterotrophic_plate_count",
            "total_coliforms",
            "permanganate_index");

    /**
     * The CJ/T 206-2005 combined rate (综合合格率): (the sum of the item pass rates of the seven network items +
     * the pooled pass rate of every other item) ÷ (7 + 1). Items without determinations are left out of both
     * the sum and the divisor.
     *
     * <p>Low confidence: the formula is as the standard is commonly quoted; its text could not be reached to
     * confirm it (quality-rules/docs/design-decisions.md). Select network samples for the rate as CJ/T 206
     * defines it.
     */
    public CombinedRate combined(List<String> networkItems) {
        Map<String, Rate> parts = new TreeMap<>();
        long restPass = 0;
        long restTotal = 0;
        for (var e : items.entrySet()) {
            if (networkItems.contains(e.getKey())) {
                parts.put(e.getKey(), e.getValue());
            } else {
                restPass += e.getValue().numerator();
                restTotal += e.getValue().denominator();
            }
        }
        Rate rest = new Rate(restPass, restTotal);
        BigDecimal sum = BigDecimal.ZERO;
        int terms = 0;
        for (Rate r : parts.values()) {
            sum = sum.add(BigDecimal.valueOf(r.numerator())
                    .divide(BigDecimal.valueOf(r.denominator()), MathContext.DECIMAL64));
            terms++;
        }
        if (restTotal > 0) {
            sum = sum.add(BigDecimal.valueOf(restPass).divide(BigDecimal.valueOf(restTotal), MathContext.DECIMAL64));
            terms++;
        }
        Optional<BigDecimal> percent = terms == 0
                ? Optional.empty()
                : Optional.of(sum.multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(terms), 2, RoundingMode.HALF_UP));
        return new CombinedRate(percent, Map.copyOf(parts), rest);
    }

    /**
     * A combined rate with its parts.
     *
     * @param percent the rate in percent, rounded half-up to two decimals; empty when nothing was counted
     * @param networkItems the item pass rates of the network items that had determinations
     * @param rest the pooled pass rate of every other item
     */
    public record CombinedRate(Optional<BigDecimal> percent, Map<String, Rate> networkItems, Rate rest) {}

    /** The indicators whose item pass rate is below the target, sorted by code. */
    public List<String> itemsBelow(BigDecimal targetPercent) {
        return items().entrySet().stream()
                .filter(e -> !e.getValue().meets(targetPercent))
                .map(Map.Entry::getKey)
                .toList();
    }
}
