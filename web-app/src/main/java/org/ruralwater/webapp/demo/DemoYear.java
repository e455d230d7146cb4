package org.ruralwater.webapp.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;
import org.ruralwater.billing.run.BillRun;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.billing.AlreadyIssuedException;
import org.ruralwater.store.history.DemoYearLoad;
import org.ruralwater.store.history.HistoryRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo county's year into the store in the background, after the platform listens, so that the
 * first start is quick and its dashboard says how far the loading has come. The steps: the year's files
 * (samples, screening, tickets, work orders, patrols, the billing folder), a bill run per month, then the fee
 * collection summary; then the store's plan is marked finished. Every step is idempotent and the year's
 * import is written in parts that are each all or nothing, so a start after a kill loads what is missing and
 * doubles nothing; a store whose plan is finished is never loaded again.
 */
public final class DemoYear implements Supplier<Optional<Loading>> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoYear.class);

    private static final int MONTHS = 12;
    static final int STEPS = 1 + MONTHS + 1;

    private final Store store;
    private final DemoYearLoad.Plan plan;
    private volatile Optional<Loading> now;

    private DemoYear(Store store, DemoYearLoad.Plan plan) {
        this.store = store;
        this.plan = plan;
        this.now = Optional.of(new Loading(1, STEPS, Loading.Step.YEAR, Optional.empty(), false));
    }

    /** The demo year the store still owes, if its plan is not finished. */
    public static Optional<DemoYear> pending(Store store) {
        return store.history().demoYearLoad().pending().map(p -> new DemoYear(store, p));
    }

    /** How far the loading has come; empty once it finished. */
    @Override
    public Optional<Loading> get() {
        return now;
    }

    /** Loads the rest of the year in a background thread (a daemon: Ctrl-C stops it, the next start resumes). */
    public Thread startLoading(Clock clock) {
        Thread t = new Thread(() -> load(clock), "demo-year");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Loads the rest of the year in this thread. */
    void load(Clock clock) {
        try {
            Actor actor = Actor.user("demo");
            County county = DemoCounty.generate(plan.households(), plan.seed());
            long t0 = System.nanoTime();
            store.history()
                    .importDemoYear(
                            Scope.everything(),
                            actor,
                            county,
                            plan.seed(),
                            plan.year(),
                            HistoryRecords.Rules.bundled().withoutBillRuns());
            LOG.info("demo year {}: the year's records in {} s", plan.year(), seconds(t0));
            BillRun run = HistoryRecords.Rules.bundled().billRun().orElseThrow();
            for (int m = 1; m <= MONTHS; m++) {
                YearMonth month = YearMonth.of(plan.year(), m);
                now = Optional.of(new Loading(1 + m, STEPS, Loading.Step.BILL_RUN, Optional.of(month), false));
                try {
                    store.billing().run(Scope.everything(), actor, Period.month(plan.year(), m), run, null, false);
                } catch (AlreadyIssuedException e) {
                    // Another run of the month landed first: the month is billed, which is all this step needs.
                }
            }
            LOG.info("demo year {}: bill runs done at {} s", plan.year(), seconds(t0));
            now = Optional.of(new Loading(STEPS, STEPS, Loading.Step.COLLECTION, Optional.empty(), false));
            store.collection().countSummary(LocalDate.now(clock));
            store.history().demoYearLoad().finish();
            LOG.info("demo year {}: loaded in {} s", plan.year(), seconds(t0));
            now = Optional.empty();
        } catch (RuntimeException e) {
            LOG.error("the demo year could not be loaded; the next start tries again", e);
            Loading l = now.orElseThrow();
            now = Optional.of(new Loading(l.step(), l.steps(), l.what(), l.month(), true));
        }
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }
}
