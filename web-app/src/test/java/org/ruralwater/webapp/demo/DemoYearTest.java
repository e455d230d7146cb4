package org.ruralwater.webapp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.history.HistoryRecords;

/**
 * The demo year at first start: planned with the demo county, loaded after the platform listens, resumed by a
 * start after a kill (each part idempotent, nothing doubled), and never loaded again once finished.
 */
class DemoYearTest {

    @Test
    void theFirstStartPlansTheYearWhichLoadsOnceAndARestartLoadsNothing(@TempDir Path dir) throws InterruptedException {
        Location location = Location.embeddedIn(dir.resolve("store"));
        try (Store store = Store.open(location)) {
            DemoPlatform.seedIfEmpty(store, 300, 9);
            DemoYear year = DemoYear.pending(store).orElseThrow();
            assertThat(year.get()).hasValueSatisfying(l -> assertThat(l.step()).isEqualTo(1));
            Thread loading = year.startLoading(Clock.systemDefaultZone());
            assertThat(loading.isDaemon()).isTrue();
            loading.join();
            assertThat(year.get()).isEmpty();
            Map<String, Long> counts = store.status(Scope.everything()).counts();
            assertThat(counts.get("samples")).isPositive();
            assertThat(counts.get("work_orders")).isPositive();
            assertThat(counts.get("bill_runs")).isEqualTo(12L);
            assertThat(store.collection().counted()).isPresent();
            assertThat(store.collection().summaryIsStale()).isFalse();
        }
        try (Store store = Store.open(location)) {
            assertThat(DemoPlatform.seedIfEmpty(store, 300, 9)).isEmpty();
            assertThat(DemoYear.pending(store)).isEmpty();
        }
    }

    @Test
    void aStartAfterAKillPartWayLoadsWhatIsMissingAndDoublesNothing(@TempDir Path dir) {
        Location location = Location.embeddedIn(dir.resolve("store"));
        Map<String, Long> whole;
        try (Store store = Store.open(location)) {
            DemoPlatform.seedIfEmpty(store, 300, 9);
            // As a kill after the year's records and three months' bills leaves it.
            store.history()
                    .importDemoYear(
                            Scope.everything(),
                            Actor.user("demo"),
                            org.ruralwater.core.demo.DemoCounty.generate(300, 9),
                            9,
                            DemoPlatform.DEMO_YEAR,
                            HistoryRecords.Rules.bundled().withoutBillRuns());
            for (int m = 1; m <= 3; m++) {
                store.billing()
                        .run(
                                Scope.everything(),
                                Actor.user("demo"),
                                org.ruralwater.core.calendar.Period.month(DemoPlatform.DEMO_YEAR, m),
                                HistoryRecords.Rules.bundled().billRun().orElseThrow(),
                                null,
                                false);
            }
        }
        try (Store store = Store.open(location)) {
            DemoYear year = DemoYear.pending(store).orElseThrow();
            year.load(Clock.systemDefaultZone());
            whole = store.status(Scope.everything()).counts();
            assertThat(whole.get("bill_runs")).isEqualTo(12L);
            assertThat(DemoYear.pending(store)).isEmpty();
        }
        // The same year loaded into a fresh store in one go has the same rows (no audit entry counted twice).
        try (Store fresh = Store.open(Location.embeddedIn(dir.resolve("fresh")))) {
            DemoPlatform.seedIfEmpty(fresh, 300, 9);
            DemoYear.pending(fresh).orElseThrow().load(Clock.systemDefaultZone());
            Map<String, Long> once = fresh.status(Scope.everything()).counts();
            assertThat(whole).isEqualTo(once);
        }
    }

    @Test
    void aLoadThatFailsSaysSoAtItsStepAndLeavesThePlanForTheNextStart(@TempDir Path dir) {
        Location location = Location.embeddedIn(dir.resolve("store"));
        DemoYear year;
        try (Store store = Store.open(location)) {
            DemoPlatform.seedIfEmpty(store, 200, 3);
            year = DemoYear.pending(store).orElseThrow();
        }
        // The store closed under it, as when the platform stops while loading.
        year.load(Clock.systemDefaultZone());
        assertThat(year.get()).hasValueSatisfying(l -> {
            assertThat(l.failed()).isTrue();
            assertThat(l.step()).isEqualTo(1);
        });
        try (Store store = Store.open(location)) {
            assertThat(DemoYear.pending(store)).isPresent();
        }
    }

    @Test
    void aStoreNotSeededByTheDemoIsNeverGivenADemoYear(@TempDir Path dir) {
        try (Store store = Store.open(Location.embeddedIn(dir.resolve("store")))) {
            store.county()
                    .importCounty(
                            Scope.everything(), Actor.cli(), org.ruralwater.core.demo.DemoCounty.generate(200, 3));
            assertThat(DemoPlatform.seedIfEmpty(store, 200, 3)).isNotEmpty();
            assertThat(DemoYear.pending(store)).isEmpty();
        }
    }
}
