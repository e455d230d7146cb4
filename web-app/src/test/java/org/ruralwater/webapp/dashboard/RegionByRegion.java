package org.ruralwater.webapp.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.collection.FeeCollection;
import org.ruralwater.store.maintenance.RepairTimeliness;
import org.ruralwater.store.quality.PassRate;
import org.ruralwater.store.quality.QualityRecords;
import org.ruralwater.store.tickets.OpenProblems;

/**
 * The service figures of one region asked of the store region by region, each query scoped to the region
 * itself, as the dashboard counted them before it counted the whole county at once: the oracle the county's
 * one pass must equal, region by region.
 */
final class RegionByRegion {

    private RegionByRegion() {}

    static List<ServiceFigures> of(
            Store store,
            Region region,
            List<Region> below,
            YearMonth from,
            YearMonth to,
            LocalDate today,
            ServiceTargets targets) {
        Scope scope = Scope.of(region.code());
        RegionLevel level = region.code().level();
        Optional<RegionLevel> belowLevel = below.isEmpty()
                ? Optional.empty()
                : Optional.of(below.get(0).code().level());
        LocalDate last = to.atEndOfMonth().isBefore(today) ? to.atEndOfMonth() : today;
        List<ServiceFigures> out = new ArrayList<>();
        out.add(share(
                ServiceIndicator.WATER_QUALITY,
                store.quality().passRates(scope, level, from, to, QualityRecords.FINISHED_WATER),
                belowLevel
                        .map(l -> store.quality().passRates(scope, l, from, to, QualityRecords.FINISHED_WATER))
                        .orElse(List.of()),
                r -> RegionCode.parse(r.of()),
                PassRate::month,
                ServiceReport::passRate,
                targets));
        out.add(share(
                ServiceIndicator.FEE_COLLECTION,
                store.collection().summary(scope, level, from, to),
                belowLevel
                        .map(l -> store.collection().summary(scope, l, from, to))
                        .orElse(List.of()),
                FeeCollection::region,
                FeeCollection::month,
                ServiceReport::collection,
                targets));
        ResponseCommitments commitments = ResponseCommitments.countyExample();
        out.add(share(
                ServiceIndicator.REPAIR_TIMELINESS,
                store.maintenance().repairTimeliness(scope, level, from, to, commitments),
                belowLevel
                        .map(l -> store.maintenance().repairTimeliness(scope, l, from, to, commitments))
                        .orElse(List.of()),
                RepairTimeliness::region,
                RepairTimeliness::month,
                ServiceReport::timeliness,
                targets));
        out.add(openProblems(store, scope, level, belowLevel, from, to, last, targets));
        return List.copyOf(out);
    }

    private static <T> ServiceFigures share(
            ServiceIndicator indicator,
            List<T> own,
            List<T> belowRows,
            java.util.function.Function<T, RegionCode> regionOf,
            java.util.function.Function<T, YearMonth> monthOf,
            java.util.function.Function<List<T>, Tally> tally,
            ServiceTargets targets) {
        Map<YearMonth, List<T>> byMonth = new TreeMap<>();
        own.forEach(r -> byMonth.computeIfAbsent(monthOf.apply(r), k -> new ArrayList<>())
                .add(r));
        Map<YearMonth, Tally> months = new TreeMap<>();
        byMonth.forEach((m, rows) -> months.put(m, tally.apply(rows)));
        Map<RegionCode, List<T>> byRegion = new HashMap<>();
        belowRows.forEach(r -> byRegion.computeIfAbsent(regionOf.apply(r), k -> new ArrayList<>())
                .add(r));
        Map<RegionCode, Tally> below = new HashMap<>();
        byRegion.forEach((region, rows) -> below.put(region, tally.apply(rows)));
        Tally overall = own.isEmpty() ? Tally.NONE : tally.apply(own);
        return new ServiceFigures(indicator, overall, months, below, targets.of(indicator), 0);
    }

    private static ServiceFigures openProblems(
            Store store,
            Scope scope,
            RegionLevel level,
            Optional<RegionLevel> belowLevel,
            YearMonth from,
            YearMonth to,
            LocalDate last,
            ServiceTargets targets) {
        Map<YearMonth, Tally> months = new TreeMap<>();
        YearMonth lastMonth = YearMonth.from(last);
        for (OpenProblems p :
                store.tickets().openProblems(scope, level, from, to.isAfter(lastMonth) ? lastMonth : to)) {
            months.put(YearMonth.from(p.on()), open(p));
        }
        // The last month's point is today's count while the month runs.
        Tally overall = Tally.NONE;
        for (OpenProblems p : store.tickets().openProblems(scope, level, last)) {
            overall = open(p);
            months.put(lastMonth, overall);
        }
        Map<RegionCode, Tally> below = new HashMap<>();
        int atZero = 0;
        if (belowLevel.isPresent()) {
            for (OpenProblems p : store.tickets().openProblems(scope, belowLevel.get(), last)) {
                below.put(p.region(), open(p));
                if (p.atZero()) {
                    atZero++;
                }
            }
        }
        return new ServiceFigures(
                ServiceIndicator.OPEN_PROBLEMS,
                overall,
                months,
                below,
                targets.of(ServiceIndicator.OPEN_PROBLEMS),
                atZero);
    }

    private static Tally open(OpenProblems p) {
        return ServiceReport.open(p);
    }
}
