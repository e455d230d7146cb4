package org.ruralwater.webapp.dashboard;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.ruralwater.assurance.coverage.CoverageReport;
import org.ruralwater.assurance.coverage.NationalTargets;
import org.ruralwater.core.county.County;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.demo.Loading;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.signin.SignIn;

/**
 * The dashboard of a region: the national coverage indicators with their definitions and target lines, the
 * service indicators (water-quality pass rate, fee collection, repair timeliness, open problems and 动态清零)
 * with their definitions, monthly trend and target lines, and the same figures for each region below it,
 * each a link one level down. The figures are the domain modules'; this page only reads the store within the
 * user's scope and lays them out. While the demo year loads, it says how far the loading has come.
 */
public final class Dashboard {

    private final Store store;
    private final Pages pages;
    private final SignIn signIn;
    private final Clock clock;
    private final NationalTargets targets = NationalTargets.bundled();
    private final ServiceTargets serviceTargets = ServiceTargets.bundled();
    private final Supplier<Optional<Loading>> loading;
    private final FeeSummary fees;

    public Dashboard(Store store, Pages pages, SignIn signIn, Clock clock, Supplier<Optional<Loading>> loading) {
        this.store = store;
        this.pages = pages;
        this.signIn = signIn;
        this.clock = clock;
        this.loading = loading;
        this.fees = new FeeSummary(
                store,
                clock,
                loading,
                () -> snapshots.values().forEach(s -> s.services().clear()));
    }

    public void show(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        RegionCode region = asked(ctx).orElse(user.region());
        // Outside the user's region is as if it did not exist: the same answer as an unknown code.
        if (!user.scope().includes(region)) {
            throw new NotFoundResponse();
        }
        Optional<RegionCode> countyCode = region.county().or(() -> Optional.of(region));
        // The regions and works of the county give names and supply kinds; only the households inside the
        // user's scope (and the region asked for) are counted and shown.
        Snapshot snapshot = snapshot(countyCode.get());
        County county = snapshot.county();
        Optional<Region> shown = county.regions().find(region);
        if (shown.isEmpty() && !region.equals(user.region())) {
            throw new NotFoundResponse();
        }
        if (shown.isEmpty()) {
            // The user's own region before any import: an empty dashboard that says what to do.
            pages.render(ctx, "empty.jte", frame, Map.of("code", region.value()));
            return;
        }
        // A region inside the user's scope has its whole subtree inside it: its report is the same for every
        // user who may see it, and is kept with the county's snapshot.
        CoverageReport report = snapshot.reports()
                .computeIfAbsent(
                        region, r -> CoverageReport.of(county.regions(), county.works(), county.households(), r));
        List<Region> path = county.regions().pathTo(region).stream()
                .filter(r -> user.scope().includes(r.code()))
                .toList();
        LocalDate today = LocalDate.now(clock);
        YearMonth from = YearMonth.of(today.getYear(), 1);
        YearMonth to = YearMonth.from(today);
        List<ServiceFigures> services = snapshot.services()
                .computeIfAbsent(
                        region,
                        r -> ServiceReport.of(
                                store, shown.get(), county.regions().childrenOf(r), from, to, today, serviceTargets));
        Map<String, Object> model = new HashMap<>();
        model.put("region", shown.get());
        model.put("path", path);
        model.put("report", report);
        model.put("targets", targets);
        model.put("year", Year.now(clock).getValue());
        model.put("service", new ServicePage(services, report.regionsBelow(), from, to, fees.counted(), loading.get()));
        pages.render(ctx, "dashboard.jte", frame, model);
    }

    /**
     * A county as read from the store, with the reports made from it, while the store has no newer change (its
     * audit log's latest number) and for {@link #KEPT} at most: reading a county of 40,000 households for every
     * page would be most of the page's time. The age bound covers changes of concurrent transactions that
     * commit out of their numbers' order, and writers in other processes.
     */
    private record Snapshot(
            long revision,
            Instant readAt,
            County county,
            Map<RegionCode, CoverageReport> reports,
            Map<RegionCode, List<ServiceFigures>> services) {}

    private static final Duration KEPT = Duration.ofMinutes(1);

    private final Map<RegionCode, Snapshot> snapshots = new ConcurrentHashMap<>();

    private Snapshot snapshot(RegionCode county) {
        long revision = store.audit().latest();
        Instant now = clock.instant();
        // compute: one reader per county at a time, the others wait for its snapshot rather than read again.
        Snapshot s = snapshots.compute(
                county,
                (code, kept) -> kept != null
                                && kept.revision() == revision
                                && now.isBefore(kept.readAt().plus(KEPT))
                        ? kept
                        : new Snapshot(
                                revision,
                                now,
                                store.county().read(Scope.of(code)),
                                new ConcurrentHashMap<>(),
                                new ConcurrentHashMap<>()));
        // A new snapshot follows a change: a bill run or payments make the kept fee summary stale.
        if (s.revision() != fees.checkedAt()) {
            fees.countIfStale(s.revision());
        }
        return s;
    }

    private static Optional<RegionCode> asked(Context ctx) {
        String code = ctx.queryParam("region");
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (!RegionCode.isValid(code)) {
            throw new NotFoundResponse();
        }
        return Optional.of(RegionCode.parse(code));
    }
}
