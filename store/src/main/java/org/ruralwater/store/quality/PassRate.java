package org.ruralwater.store.quality;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ruralwater.qualityrules.compliance.Rate;

/**
 * The sample pass rate (水质达标率) of a works or region in a month: samples shown to meet every tested limit
 * ({@code passed}) of the samples taken ({@code samples}); an indeterminate sample counts in the denominator
 * only, as quality-rules' {@code ComplianceReport} counts it. Roll-ups add counts, never percentages.
 *
 * @param of the works id, or the region's code
 * @param month the month, or the first month of the span a roll-up counts over
 */
public record PassRate(String of, YearMonth month, long passed, long samples) {

    public PassRate {
        requireNonNull(of, "of");
        requireNonNull(month, "month");
        if (passed < 0 || passed > samples) {
            throw new IllegalArgumentException(passed + " of " + samples + " samples passed");
        }
    }

    /** As quality-rules' rate: numerator and denominator. */
    public Rate rate() {
        return new Rate(passed, samples);
    }

    /** Passed ÷ samples in percent, empty when there were none. */
    public Optional<BigDecimal> percent() {
        return rate().percent();
    }

    /**
     * The rates added up over each span: one rate per {@code of} and span, its month the span's first, in the
     * order of {@code of} and then month. Counts are added, never percentages.
     */
    public static List<PassRate> rolledUp(List<PassRate> rates, Span span) {
        requireNonNull(span, "span");
        Map<String, Map<YearMonth, long[]>> sums = new TreeMap<>();
        for (PassRate r : rates) {
            long[] n = sums.computeIfAbsent(r.of(), k -> new TreeMap<>())
                    .computeIfAbsent(span.start(r.month()), k -> new long[2]);
            n[0] += r.passed();
            n[1] += r.samples();
        }
        List<PassRate> out = new ArrayList<>();
        sums.forEach((of, months) -> months.forEach((m, n) -> out.add(new PassRate(of, m, n[0], n[1]))));
        return out;
    }
}
