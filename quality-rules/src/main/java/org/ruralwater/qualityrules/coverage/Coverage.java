package org.ruralwater.qualityrules.coverage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.WorksId;
import org.ruralwater.qualityrules.compliance.Rate;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.standard.Standard;

/**
 * Whether works were sampled as often as their programme requires over a period: each window of each rule
 * that lies wholly inside the period must hold enough complete samples. Exceedances say the water is bad;
 * missed samples say nobody looked.
 *
 * @param missed every window short of samples, sorted by works, rule and window
 * @param windows the windows that held enough samples ÷ all windows required
 */
public record Coverage(List<MissedSample> missed, Rate windows) {

    public Coverage {
        missed = List.copyOf(missed);
        requireNonNull(windows, "windows");
    }

    /** Checks the samples of the works against the programme over the period. */
    public static Coverage check(
            SamplingProgramme programme,
            Standard standard,
            List<SupplyWorks> works,
            List<Sample> samples,
            Period period) {
        requireNonNull(programme, "programme");
        requireNonNull(standard, "standard");
        requireNonNull(period, "period");
        Map<WorksId, List<Sample>> byWorks = new HashMap<>();
        for (Sample s : samples) {
            if (s.works().isPresent() && s.sampledAt().isPresent()) {
                byWorks.computeIfAbsent(s.works().get(), k -> new ArrayList<>()).add(s);
            }
        }
        List<MissedSample> missed = new ArrayList<>();
        long met = 0;
        long total = 0;
        for (SupplyWorks w : works) {
            List<Sample> mine = byWorks.getOrDefault(w.id(), List.of());
            for (FrequencyRule rule : programme.rules()) {
                if (!rule.covers(w)) {
                    continue;
                }
                List<String> indicators = resolve(rule, w, standard);
                for (Period window : windows(rule, period)) {
                    int found = 0;
                    for (Sample s : mine) {
                        if (s.point() == rule.point()
                                && window.contains(s.sampledAt().get().toLocalDate())
                                && indicators.stream()
                                        .allMatch(i -> s.determination(i).isPresent())) {
                            found++;
                        }
                    }
                    total++;
                    if (found >= rule.samples()) {
                        met++;
                    } else {
                        missed.add(new MissedSample(
                                w.id(), rule.id(), window, indicators, rule.samples(), found, rule.source()));
                    }
                }
            }
        }
        missed.sort(Comparator.comparing((MissedSample m) -> m.works().value())
                .thenComparing(MissedSample::rule)
                .thenComparing(m -> m.window().start()));
        return new Coverage(missed, new Rate(met, total));
    }

    private static List<String> resolve(FrequencyRule rule, SupplyWorks works, Standard standard) {
        List<String> out = new ArrayList<>();
        for (String code : rule.indicators()) {
            if (code.equals(FrequencyRule.DISINFECTANT_RESIDUAL)) {
                standard.disinfectant(works.disinfection()).ifPresent(d -> out.addAll(d.indicators()));
            } else {
                out.add(code);
            }
        }
        return List.copyOf(out);
    }

    /** The rule's windows that lie wholly inside the period. */
    static List<Period> windows(FrequencyRule rule, Period period) {
        List<Period> out = new ArrayList<>();
        LocalDate start = rule.cadence().start(period.start());
        while (!start.isAfter(period.end())) {
            LocalDate end = rule.cadence().end(start);
            LocalDate from = start;
            LocalDate to = end;
            if (rule.months().isPresent()) {
                List<Integer> m = rule.months().get();
                from = start.withMonth(m.get(0)).withDayOfMonth(1);
                to = start.withMonth(m.get(m.size() - 1))
                        .plusMonths(1)
                        .withDayOfMonth(1)
                        .minusDays(1);
            }
            if (!from.isBefore(period.start()) && !to.isAfter(period.end())) {
                out.add(Period.range(from, to));
            }
            start = end.plusDays(1);
        }
        return out;
    }
}
