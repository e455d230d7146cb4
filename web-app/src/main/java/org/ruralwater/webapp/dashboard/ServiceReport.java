package org.ruralwater.webapp.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.ruralwater.billing.collection.CollectionRate;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionHierarchy;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.Timeliness;
import org.ruralwater.qualityrules.compliance.Rate;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.collection.FeeCollection;
import org.ruralwater.store.maintenance.RepairTimeliness;
import org.ruralwater.store.quality.PassRate;
import org.ruralwater.store.quality.QualityRecords;
import org.ruralwater.store.tickets.OpenProblems;

/**
 * The four service indicators of every region of a county from the store's queries, each counted by its
 * domain module's own rate (quality-rules' {@link Rate}, billing's {@link CollectionRate}, maintenance's
 * {@link Timeliness}); this class only asks the store and adds counts up over the months (never percentages).
 *
 * <p>The whole county is counted at once: one query per indicator and level over the county's scope, each
 * row then given to its region and to the region above it for the drill-down. Asking the store region by
 * region cost about 8 queries for each of a county's few hundred regions, paid by the first page of each
 * region after every change; a region's rows are the same either way, because the store rolls each record up
 * by the region of the level it lies in (a test compares the two on the demo year). Fee collection comes from
 * the store's kept summary, so that counting costs milliseconds.
 */
final class ServiceReport {

    private ServiceReport() {}

    /** The figures of the root region and of every region below it in the hierarchy, by region. */
    static Map<RegionCode, List<ServiceFigures>> ofEvery(
            Store store,
            RegionHierarchy regions,
            Region root,
            YearMonth from,
            YearMonth to,
            LocalDate today,
            ServiceTargets targets) {
        Scope scope = Scope.of(root.code());
        TreeSet<RegionLevel> levels = new TreeSet<>();
        levels.add(root.level());
        regions.within(root.code()).forEach(r -> levels.add(r.level()));
        LocalDate last = to.atEndOfMonth().isBefore(today) ? to.atEndOfMonth() : today;
        YearMonth lastMonth = YearMonth.from(last);
        ResponseCommitments commitments = ResponseCommitments.countyExample();

        Rows<PassRate> quality = new Rows<>(r -> RegionCode.parse(r.of()));
        Rows<FeeCollection> fees = new Rows<>(FeeCollection::region);
        Rows<RepairTimeliness> repairs = new Rows<>(RepairTimeliness::region);
        Rows<OpenProblems> openByMonth = new Rows<>(OpenProblems::region);
        Rows<OpenProblems> openToday = new Rows<>(OpenProblems::region);
        for (RegionLevel level : levels) {
            quality.add(level, store.quality().passRates(scope, level, from, to, QualityRecords.FINISHED_WATER));
            fees.add(level, store.collection().summary(scope, level, from, to));
            repairs.add(level, store.maintenance().repairTimeliness(scope, level, from, to, commitments));
            openByMonth.add(
                    level, store.tickets().openProblems(scope, level, from, to.isAfter(lastMonth) ? lastMonth : to));
            openToday.add(level, store.tickets().openProblems(scope, level, last));
        }

        Map<RegionCode, List<ServiceFigures>> out = new HashMap<>();
        List<Region> every = new ArrayList<>();
        every.add(root);
        every.addAll(regions.within(root.code()));
        for (Region region : every) {
            RegionCode code = region.code();
            List<Region> children = regions.childrenOf(code);
            Optional<RegionLevel> below = children.isEmpty()
                    ? Optional.empty()
                    : Optional.of(children.get(0).level());
            List<ServiceFigures> figures = List.of(
                    share(
                            ServiceIndicator.WATER_QUALITY,
                            quality,
                            code,
                            below,
                            PassRate::month,
                            ServiceReport::passRate,
                            targets),
                    share(
                            ServiceIndicator.FEE_COLLECTION,
                            fees,
                            code,
                            below,
                            FeeCollection::month,
                            ServiceReport::collection,
                            targets),
                    share(
                            ServiceIndicator.REPAIR_TIMELINESS,
                            repairs,
                            code,
                            below,
                            RepairTimeliness::month,
                            ServiceReport::timeliness,
                            targets),
                    openProblems(openByMonth, openToday, code, below, lastMonth, targets));
            out.put(code, figures);
        }
        return Map.copyOf(out);
    }

    /**
     * One indicator's rows of each level, by the region each counts for. A row of a region below another is
     * the upper region's drill-down row when its code lies within it, as the store's scope would select it.
     */
    private static final class Rows<T> {
        private final Function<T, RegionCode> regionOf;
        private final Map<RegionLevel, Map<RegionCode, List<T>>> byLevel = new EnumMap<>(RegionLevel.class);

        Rows(Function<T, RegionCode> regionOf) {
            this.regionOf = regionOf;
        }

        void add(RegionLevel level, List<T> rows) {
            Map<RegionCode, List<T>> byRegion = byLevel.computeIfAbsent(level, l -> new HashMap<>());
            rows.forEach(r -> byRegion.computeIfAbsent(regionOf.apply(r), k -> new ArrayList<>())
                    .add(r));
        }

        List<T> of(RegionCode region) {
            return byLevel.getOrDefault(region.level(), Map.of()).getOrDefault(region, List.of());
        }

        /** The rows of the level below, by region, of the regions within the one given. */
        Map<RegionCode, List<T>> below(RegionCode region, Optional<RegionLevel> level) {
            if (level.isEmpty()) {
                return Map.of();
            }
            Map<RegionCode, List<T>> out = new HashMap<>();
            byLevel.getOrDefault(level.get(), Map.of()).forEach((code, rows) -> {
                if (code.isWithin(region)) {
                    out.put(code, rows);
                }
            });
            return out;
        }
    }

    private static <T> ServiceFigures share(
            ServiceIndicator indicator,
            Rows<T> rows,
            RegionCode region,
            Optional<RegionLevel> belowLevel,
            Function<T, YearMonth> monthOf,
            Function<List<T>, Tally> tally,
            ServiceTargets targets) {
        List<T> own = rows.of(region);
        Map<YearMonth, List<T>> byMonth = new TreeMap<>();
        own.forEach(r -> byMonth.computeIfAbsent(monthOf.apply(r), k -> new ArrayList<>())
                .add(r));
        Map<YearMonth, Tally> months = new TreeMap<>();
        byMonth.forEach((m, list) -> months.put(m, tally.apply(list)));
        Map<RegionCode, Tally> below = new HashMap<>();
        rows.below(region, belowLevel).forEach((code, list) -> below.put(code, tally.apply(list)));
        Tally overall = own.isEmpty() ? Tally.NONE : tally.apply(own);
        return new ServiceFigures(indicator, overall, months, below, targets.of(indicator), 0);
    }

    static Tally passRate(List<PassRate> rows) {
        long passed = 0;
        long samples = 0;
        for (PassRate r : rows) {
            passed += r.passed();
            samples += r.samples();
        }
        return new Tally(new Rate(passed, samples).percent(), Long.toString(passed), Long.toString(samples));
    }

    static Tally collection(List<FeeCollection> rows) {
        CollectionRate sum = null;
        for (FeeCollection f : rows) {
            CollectionRate r = new CollectionRate(f.collected(), f.due());
            sum = sum == null ? r : sum.plus(r);
        }
        return sum == null ? Tally.NONE : new Tally(sum.percent(), yuan(sum.collected()), yuan(sum.due()));
    }

    static Tally timeliness(List<RepairTimeliness> rows) {
        int met = 0;
        int due = 0;
        for (RepairTimeliness r : rows) {
            met += r.met();
            due += r.due();
        }
        return new Tally(new Timeliness(met, due).percent(), Integer.toString(met), Integer.toString(due));
    }

    private static ServiceFigures openProblems(
            Rows<OpenProblems> byMonth,
            Rows<OpenProblems> today,
            RegionCode region,
            Optional<RegionLevel> belowLevel,
            YearMonth lastMonth,
            ServiceTargets targets) {
        Map<YearMonth, Tally> months = new TreeMap<>();
        for (OpenProblems p : byMonth.of(region)) {
            months.put(YearMonth.from(p.on()), open(p));
        }
        // The last month's point is today's count while the month runs.
        Tally overall = Tally.NONE;
        for (OpenProblems p : today.of(region)) {
            overall = open(p);
            months.put(lastMonth, overall);
        }
        Map<RegionCode, Tally> below = new HashMap<>();
        int atZero = 0;
        for (List<OpenProblems> list : today.below(region, belowLevel).values()) {
            for (OpenProblems p : list) {
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

    static Tally open(OpenProblems p) {
        return new Tally(
                Optional.of(BigDecimal.valueOf(p.open())), Integer.toString(p.overdue()), Integer.toString(p.open()));
    }

    private static String yuan(Money m) {
        return String.format(
                Locale.ROOT, "%,d", m.amount().setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
