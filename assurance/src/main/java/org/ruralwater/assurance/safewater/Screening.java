package org.ruralwater.assurance.safewater;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;

/**
 * County screening (全面排查) rolled up to villages, townships or the county: households and people by
 * verdict, and by failing indicator.
 */
public final class Screening {

    /** The counts for one region. */
    public record Row(
            RegionCode region,
            Map<SafetyVerdict, Long> households,
            Map<SafetyVerdict, Long> people,
            Map<String, Long> peopleFailing) {
        public Row {
            requireNonNull(region, "region");
            households = Map.copyOf(households);
            people = Map.copyOf(people);
            peopleFailing = Map.copyOf(peopleFailing);
        }
    }

    private Screening() {}

    /** One row per region of the level, sorted by code. */
    public static List<Row> rollUp(List<Assessment> assessments, RegionLevel level) {
        Map<RegionCode, Map<SafetyVerdict, Long>> households = new TreeMap<>();
        Map<RegionCode, Map<SafetyVerdict, Long>> people = new TreeMap<>();
        Map<RegionCode, Map<String, Long>> failing = new TreeMap<>();
        // A county has a few hundred villages and a million households: find each village's region once.
        Map<RegionCode, RegionCode> regionOf = new HashMap<>();
        for (Assessment a : assessments) {
            RegionCode r = regionOf.computeIfAbsent(
                    a.village(),
                    v -> v.at(level)
                            .orElseThrow(() -> new IllegalArgumentException(
                                    "village " + v + " of " + a.id() + " lies in no " + level + " region")));
            households
                    .computeIfAbsent(r, k -> new EnumMap<>(SafetyVerdict.class))
                    .merge(a.verdict(), 1L, Long::sum);
            people.computeIfAbsent(r, k -> new EnumMap<>(SafetyVerdict.class))
                    .merge(a.verdict(), (long) a.people(), Long::sum);
            Map<String, Long> f = failing.computeIfAbsent(r, k -> new TreeMap<>());
            for (String indicator : a.failing()) {
                f.merge(indicator, (long) a.people(), Long::sum);
            }
        }
        return households.keySet().stream()
                .map(r -> new Row(r, households.get(r), people.get(r), failing.get(r)))
                .toList();
    }
}
