package org.ruralwater.store.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.history.HistoryRecords;

/**
 * The store's kept fee collection summary: counted once, it gives every region's months exactly as counting
 * the ledger does, within any scope; a bill run written after it makes it stale.
 */
class FeeCollectionSummaryTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theKeptSummaryGivesWhatCountingTheLedgerGivesAtEveryLevelAndScope(TestDatabase db, @TempDir Path dir) {
        County county = DemoCounty.generate(300, 9);
        try (Store store = Store.open(db.location(dir))) {
            CollectionRecords collection = store.collection();
            assertThat(collection.counted()).isEmpty();
            assertThat(collection.summaryIsStale()).isTrue();
            assertThat(collection.summary(Scope.everything(), RegionLevel.COUNTY, JANUARY, DECEMBER))
                    .isEmpty();
            // Without bills the count keeps nothing but when it was counted.
            collection.countSummary(AS_OF);
            assertThat(collection.summary(Scope.everything(), RegionLevel.COUNTY, JANUARY, DECEMBER))
                    .isEmpty();

            store.history()
                    .importDemoYear(
                            Scope.everything(), Actor.user("demo"), county, 9, 2026, HistoryRecords.Rules.bundled());
            assertThat(collection.summaryIsStale())
                    .as("bill runs after the count")
                    .isTrue();
            CollectionRecords.Counted counted = collection.countSummary(AS_OF);
            assertThat(counted.asOf()).isEqualTo(AS_OF);
            assertThat(collection.counted()).contains(counted);
            assertThat(collection.summaryIsStale()).isFalse();

            for (RegionLevel level : List.of(RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE)) {
                List<FeeCollection> kept = collection.summary(Scope.everything(), level, JANUARY, DECEMBER);
                assertThat(kept).as(level.toString()).isNotEmpty();
                assertThat(kept)
                        .as(level.toString())
                        .containsExactlyElementsOf(
                                collection.feeCollection(Scope.everything(), level, JANUARY, DECEMBER, AS_OF));
            }
            RegionCode township =
                    county.regions().atLevel(RegionLevel.TOWNSHIP).get(0).code();
            List<FeeCollection> ownTownship = collection.summary(
                    Scope.of(township), RegionLevel.VILLAGE, YearMonth.of(2026, 3), YearMonth.of(2026, 4));
            assertThat(ownTownship)
                    .isNotEmpty()
                    .allMatch(f -> f.region().isWithin(township))
                    .allMatch(f ->
                            f.month().equals(YearMonth.of(2026, 3)) || f.month().equals(YearMonth.of(2026, 4)));
            assertThat(ownTownship)
                    .containsExactlyElementsOf(collection.feeCollection(
                            Scope.of(township),
                            RegionLevel.VILLAGE,
                            YearMonth.of(2026, 3),
                            YearMonth.of(2026, 4),
                            AS_OF));

            // The same year again writes no bill run nor payment: the summary stays current.
            store.history()
                    .importDemoYear(
                            Scope.everything(), Actor.user("demo"), county, 9, 2026, HistoryRecords.Rules.bundled());
            assertThat(collection.summaryIsStale()).isFalse();
        }
    }
}
