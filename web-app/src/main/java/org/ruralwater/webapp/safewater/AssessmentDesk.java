package org.ruralwater.webapp.safewater;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.assurance.assessment.Assessee;
import org.ruralwater.assurance.assessment.AssessmentScheme;
import org.ruralwater.assurance.assessment.ItemScore;
import org.ruralwater.assurance.coverage.CoverageIndicator;
import org.ruralwater.assurance.coverage.CoverageReport;
import org.ruralwater.billing.collection.CollectionRate;
import org.ruralwater.core.county.County;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.Timeliness;
import org.ruralwater.qualityrules.compliance.Rate;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.collection.FeeCollection;
import org.ruralwater.store.maintenance.RepairTimeliness;
import org.ruralwater.store.people.User;
import org.ruralwater.store.quality.PassRate;
import org.ruralwater.store.quality.QualityRecords;
import org.ruralwater.store.tickets.OpenProblems;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.register.CountySnapshots;
import org.ruralwater.webapp.register.Registers;
import org.ruralwater.webapp.signin.SignIn;

/**
 * The assessment (考核) of the regions below the user's (a county's townships) under assurance's bundled scheme,
 * with the year's figures the store holds: coverage from the county records, the pass rate of finished water,
 * fee collection, repair timeliness, and the problems open and overdue at the year's end (or today). Each
 * item shows its score with the rule and source that gave it and where its figure came from. A figure the
 * store cannot give (no samples, no bills, nothing due) leaves its assessee unscored, with what it lacks;
 * the two inputs the store holds no record of are stated as the values they are taken at.
 */
public final class AssessmentDesk {

    /** The bundled scheme the page runs: the county (or township) annual example. */
    static final String SCHEME = "county-annual-example.json";

    /** The store holds no county-wide management record nor incident register: these inputs are taken as zero. */
    private static final Map<String, BigDecimal> NOT_RECORDED =
            Map.of("county_wide_management", BigDecimal.ZERO, "major_quality_incidents", BigDecimal.ZERO);

    private final Store store;
    private final CountySnapshots snapshots;
    private final Pages pages;
    private final SignIn signIn;
    private final Clock clock;
    private final AssessmentScheme scheme = AssessmentScheme.bundled(SCHEME);

    public AssessmentDesk(Store store, CountySnapshots snapshots, Pages pages, SignIn signIn, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.snapshots = requireNonNull(snapshots, "snapshots");
        this.pages = requireNonNull(pages, "pages");
        this.signIn = requireNonNull(signIn, "signIn");
        this.clock = requireNonNull(clock, "clock");
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/assessment", this::show);
    }

    /** An assessee's place: its rank, total and grade, or what it lacks to be scored. */
    public record RankRow(
            String rank,
            String code,
            String name,
            String total,
            String grade,
            String passed,
            List<String> failedKeyItems,
            List<String> vetoedBy,
            List<String> missing,
            List<ItemRow> items) {}

    /** One item of an assessee's score: its figure and where it came from, its points, rule and source. */
    public record ItemRow(
            String code,
            String name,
            String role,
            String value,
            String from,
            String points,
            String of,
            String passed,
            String rule,
            String source) {}

    private void show(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        County county = snapshots.county(Registers.countyOf(user));
        Map<RegionCode, String> names = TicketDesk.names(county);
        RegionCode region = Asked.region(ctx, user, names);
        int year = year(ctx);
        RegionLevel level = region.level() == RegionLevel.VILLAGE
                ? RegionLevel.VILLAGE
                : region.level().ordinal() < RegionLevel.TOWNSHIP.ordinal()
                        ? RegionLevel.values()[region.level().ordinal() + 1]
                        : region.level();
        Scope scope = Scope.of(region);
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate asOf = end.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : end;
        Figures figures = figures(county, scope, region, level, year, asOf, frame);
        List<Assessee> complete = new ArrayList<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (RegionCode r : figures.regions()) {
            Map<String, BigDecimal> values = new HashMap<>(NOT_RECORDED);
            values.putAll(figures.values().getOrDefault(r, Map.of()));
            List<String> lacking =
                    scheme.inputs().stream().filter(i -> !values.containsKey(i)).toList();
            if (lacking.isEmpty()) {
                complete.add(new Assessee(r.value(), names.getOrDefault(r, r.value()), values));
            } else {
                // The items that read the inputs it lacks, by name, with the input's code.
                missing.put(
                        r.value(),
                        scheme.items().stream()
                                .filter(i -> lacking.contains(i.input()))
                                .map(i -> i.name() + " (" + i.input() + ")")
                                .toList());
            }
        }
        List<RankRow> rows = new ArrayList<>();
        for (AssessmentScheme.Ranked ranked : scheme.rank(complete)) {
            var x = ranked.result();
            List<ItemRow> items = new ArrayList<>();
            for (ItemScore s : x.items()) {
                items.add(new ItemRow(
                        s.code(),
                        s.name(),
                        frame.label(s.role()),
                        s.value().toPlainString(),
                        figures.from().getOrDefault(inputOf(s.code()), ""),
                        s.points().toPlainString(),
                        s.of().toPlainString(),
                        s.passed().map(p -> p ? "✓" : "✗").orElse(""),
                        s.rule(),
                        s.source()));
            }
            rows.add(new RankRow(
                    Integer.toString(ranked.rank()),
                    x.assessee(),
                    x.name(),
                    x.total().toPlainString(),
                    x.grade().orElse(""),
                    x.passed().map(p -> p ? "✓" : "✗").orElse(""),
                    x.failedKeyItems(),
                    x.vetoedBy(),
                    List.of(),
                    items));
        }
        missing.forEach((code, lacking) -> rows.add(new RankRow(
                "",
                code,
                names.getOrDefault(RegionCode.parse(code), code),
                "",
                "",
                "",
                List.of(),
                List.of(),
                lacking,
                List.of())));
        Map<String, Object> model = new HashMap<>();
        model.put("region", names.getOrDefault(region, region.value()));
        model.put("code", region.value());
        model.put("year", year);
        model.put("asOf", asOf.toString());
        model.put("scheme", scheme.name());
        model.put("schemeSource", scheme.source());
        model.put("schemeConfidence", scheme.confidence());
        model.put("rows", rows);
        pages.render(ctx, "safewater/assessment.jte", frame, model);
    }

    private String inputOf(String item) {
        return scheme.items().stream()
                .filter(i -> i.code().equals(item))
                .map(i -> i.input())
                .findFirst()
                .orElse("");
    }

    private int year(Context ctx) {
        String v = TicketDesk.param(ctx, "year");
        if (v.isEmpty()) {
            return Year.now(clock).getValue();
        }
        if (v.length() != 4 || !v.chars().allMatch(Character::isDigit)) {
            throw new NotFoundResponse();
        }
        return Integer.parseInt(v);
    }

    /** The store's figures per region, and where each input comes from, in the page's language. */
    private record Figures(
            List<RegionCode> regions, Map<RegionCode, Map<String, BigDecimal>> values, Map<String, String> from) {}

    private Figures figures(
            County county, Scope scope, RegionCode region, RegionLevel level, int year, LocalDate asOf, Frame frame) {
        YearMonth from = YearMonth.of(year, 1);
        YearMonth to = YearMonth.from(asOf);
        List<RegionCode> regions = new ArrayList<>();
        Map<RegionCode, Map<String, BigDecimal>> values = new HashMap<>();
        List<OpenProblems> open = store.tickets().openProblems(scope, level, asOf);
        for (OpenProblems o : open) {
            regions.add(o.region());
            Map<String, BigDecimal> v = values.computeIfAbsent(o.region(), k -> new HashMap<>());
            v.put("open_problems", BigDecimal.valueOf(o.open()));
            v.put("overdue_problems", BigDecimal.valueOf(o.overdue()));
            CoverageReport report = CoverageReport.of(county, o.region());
            report.of(CoverageIndicator.TAP_WATER).percent().ifPresent(p -> v.put("tap_water_coverage", p));
            report.of(CoverageIndicator.LARGE_SCALE).percent().ifPresent(p -> v.put("large_scale_share", p));
        }
        Map<String, long[]> quality = new HashMap<>();
        for (PassRate r : store.quality().passRates(scope, level, from, to, QualityRecords.FINISHED_WATER)) {
            long[] n = quality.computeIfAbsent(r.of(), k -> new long[2]);
            n[0] += r.passed();
            n[1] += r.samples();
        }
        quality.forEach((code, n) ->
                new Rate(n[0], n[1]).percent().ifPresent(p -> put(values, code, "water_quality_pass_rate", p)));
        Map<RegionCode, Money[]> fees = new HashMap<>();
        for (FeeCollection f : store.collection().feeCollection(scope, level, from, to, asOf)) {
            Money[] m = fees.get(f.region());
            fees.put(
                    f.region(),
                    m == null
                            ? new Money[] {f.collected(), f.due()}
                            : new Money[] {m[0].plus(f.collected()), m[1].plus(f.due())});
        }
        fees.forEach((r, m) ->
                new CollectionRate(m[0], m[1]).percent().ifPresent(p -> put(values, r.value(), "collection_rate", p)));
        Map<RegionCode, int[]> repairs = new HashMap<>();
        for (RepairTimeliness t :
                store.maintenance().repairTimeliness(scope, level, from, to, ResponseCommitments.countyExample())) {
            int[] n = repairs.computeIfAbsent(t.region(), k -> new int[2]);
            n[0] += t.met();
            n[1] += t.due();
        }
        repairs.forEach((r, n) ->
                new Timeliness(n[0], n[1]).percent().ifPresent(p -> put(values, r.value(), "repair_timeliness", p)));
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("tap_water_coverage", LedgerWords.FROM_COVERAGE.in(frame));
        sources.put("large_scale_share", LedgerWords.FROM_COVERAGE.in(frame));
        sources.put("water_quality_pass_rate", LedgerWords.FROM_SAMPLES.in(frame, from, to));
        sources.put("collection_rate", LedgerWords.FROM_BILLS.in(frame, from, to, asOf));
        sources.put("repair_timeliness", LedgerWords.FROM_REPAIRS.in(frame, from, to));
        sources.put("open_problems", LedgerWords.FROM_TICKETS.in(frame, asOf));
        sources.put("overdue_problems", LedgerWords.FROM_TICKETS.in(frame, asOf));
        sources.put("county_wide_management", LedgerWords.NOT_RECORDED.in(frame));
        sources.put("major_quality_incidents", LedgerWords.NOT_RECORDED.in(frame));
        return new Figures(regions, values, sources);
    }

    private static void put(
            Map<RegionCode, Map<String, BigDecimal>> values, String region, String input, BigDecimal v) {
        if (RegionCode.isValid(region)) {
            Optional.ofNullable(values.get(RegionCode.parse(region))).ifPresent(m -> m.put(input, v));
        }
    }
}
