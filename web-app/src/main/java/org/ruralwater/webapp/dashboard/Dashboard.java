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
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard of a region: the national coverage indicators with their definitions and target lines, the
 * service indicators (water-quality pass rate, fee collection, repair timeliness, open problems and 动态清零)
 * with their definitions, monthly trend and target lines, and the same figures for each region below it,
 * each a link one level down. The figures are the domain modules'; this page only reads the store within the
 * user's scope and lays them out. While the demo year loads, it says how far the loading has come.
 */
public final class Dashboard {

    private static final Logger LOG = LoggerFactory.getLogger(Dashboard.class);

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
                // A new fee summary changes the fee figures only: the county read and its coverage stay.
                () -> snapshots.replaceAll((code, kept) -> kept.recounted()));
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
        County county = snapshot.county;
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
        CoverageReport report = snapshot.reports.computeIfAbsent(
                region, r -> CoverageReport.of(county.regions(), county.works(), county.households(), r));
        List<Region> path = county.regions().pathTo(region).stream()
                .filter(r -> user.scope().includes(r.code()))
                .toList();
        LocalDate today = LocalDate.now(clock);
        YearMonth from = YearMonth.of(today.getYear(), 1);
        YearMonth to = YearMonth.from(today);
        List<ServiceFigures> services = snapshot.services(shown.get(), from, to, today);
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
     *
     * <p>The service figures of every region of the county are counted together, once per snapshot (one query
     * per indicator and level), by the first page that needs them; the others wait for that count rather than
     * count again.
     */
    private final class Snapshot {
        final long revision;
        final Instant readAt;
        final County county;
        final Map<RegionCode, CoverageReport> reports;
        private final RegionCode code;
        private final AtomicBoolean renewing = new AtomicBoolean();
        private volatile Counted services;

        Snapshot(
                RegionCode code,
                long revision,
                Instant readAt,
                County county,
                Map<RegionCode, CoverageReport> reports) {
            this.code = code;
            this.revision = revision;
            this.readAt = readAt;
            this.county = county;
            this.reports = reports;
        }

        /** The same county and coverage with the service figures to be counted again. */
        Snapshot recounted() {
            return new Snapshot(code, revision, readAt, county, reports);
        }

        /**
         * The region's service figures. The first page of a snapshot (or of a day) counts those of the whole
         * county at once; a region outside the county's tree (above a county, for one) is counted with the
         * regions below it when first shown.
         */
        List<ServiceFigures> services(Region shown, YearMonth from, YearMonth to, LocalDate today) {
            Counted c = services;
            if (c != null && c.today().equals(today)) {
                List<ServiceFigures> figures = c.figures().get(shown.code());
                if (figures != null) {
                    return figures;
                }
            }
            synchronized (this) {
                c = services;
                if (c == null || !c.today().equals(today)) {
                    c = new Counted(today, new ConcurrentHashMap<>());
                    services = c;
                }
                List<ServiceFigures> figures = c.figures().get(shown.code());
                if (figures == null) {
                    Region top = county.regions()
                            .find(code)
                            .filter(r -> shown.code().isWithin(r.code()))
                            .orElse(shown);
                    c.figures()
                            .putAll(ServiceReport.ofEvery(
                                    store, county.regions(), top, from, to, today, serviceTargets));
                    figures = c.figures().getOrDefault(shown.code(), List.of());
                }
                return figures;
            }
        }
    }

    /** The service figures of every region, counted on the day. */
    private record Counted(LocalDate today, Map<RegionCode, List<ServiceFigures>> figures) {}

    private static final Duration KEPT = Duration.ofMinutes(1);

    private final Map<RegionCode, Snapshot> snapshots = new ConcurrentHashMap<>();

    private Snapshot snapshot(RegionCode county) {
        long revision = store.audit().latest();
        Instant now = clock.instant();
        Snapshot kept = snapshots.get(county);
        if (kept != null && kept.revision == revision && now.isBefore(kept.readAt.plus(KEPT))) {
            return checked(kept);
        }
        if (kept != null && kept.revision == revision) {
            // Only the age bound passed: the pages keep the snapshot while one thread reads the county again
            // and counts its figures in the background, so that no page waits seconds for it.
            renew(kept, now);
            return checked(kept);
        }
        // compute: one reader per county at a time, the others wait for its snapshot rather than read again.
        return checked(snapshots.compute(
                county,
                (code, k) -> k != null && k.revision == revision && now.isBefore(k.readAt.plus(KEPT))
                        ? k
                        : read(code, revision, now)));
    }

    private Snapshot read(RegionCode code, long revision, Instant now) {
        return new Snapshot(code, revision, now, store.county().read(Scope.of(code)), new ConcurrentHashMap<>());
    }

    private void renew(Snapshot kept, Instant now) {
        if (!kept.renewing.compareAndSet(false, true)) {
            return;
        }
        Thread renew = new Thread(
                () -> {
                    try {
                        County county = store.county().read(Scope.of(kept.code));
                        // The coverage reports are made from the county alone: the same county keeps them.
                        Snapshot fresh = new Snapshot(
                                kept.code,
                                kept.revision,
                                now,
                                county,
                                county.equals(kept.county) ? kept.reports : new ConcurrentHashMap<>());
                        LocalDate today = LocalDate.now(clock);
                        fresh.county
                                .regions()
                                .find(kept.code)
                                .ifPresent(root -> fresh.services(
                                        root, YearMonth.of(today.getYear(), 1), YearMonth.from(today), today));
                        // Only where no newer snapshot came meanwhile (a change read by a page).
                        snapshots.replace(kept.code, kept, fresh);
                    } catch (RuntimeException e) {
                        // The store closed or failed meanwhile: the pages keep the snapshot they have.
                        LOG.warn("the dashboard's county could not be read again: {}", e.toString());
                        kept.renewing.set(false);
                    }
                },
                "dashboard-snapshot");
        renew.setDaemon(true);
        renew.start();
    }

    private Snapshot checked(Snapshot s) {
        // A new snapshot follows a change: a bill run or payments make the kept fee summary stale.
        if (s.revision != fees.checkedAt()) {
            fees.countIfStale(s.revision);
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
