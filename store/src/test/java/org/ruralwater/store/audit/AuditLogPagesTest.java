package org.ruralwater.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;

/** The audit log a page at a time, and its batches: what one actor changed at one instant. */
class AuditLogPagesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesGoNewestFirstWithinTheScopeAndBatchesCountWhatEachWriteChanged(TestDatabase db, @TempDir Path dir) {
        County county = DemoCounty.generate(700, DemoCounty.DEFAULT_SEED);
        Region township = county.regions()
                .childrenOf(county.regions().atLevel(RegionLevel.COUNTY).get(0).code())
                .get(0);
        try (Store store = Store.open(db.location(dir))) {
            store.county().importCounty(Scope.everything(), Actor.user("first"), county);
            List<Change> all = store.audit().changes(Scope.everything());
            assertThat(store.audit().count(Scope.everything())).isEqualTo(all.size());

            List<Change> page = store.audit().newest(Scope.everything(), 5, 10);
            assertThat(page).hasSize(10);
            assertThat(page.get(0)).isEqualTo(all.get(all.size() - 6));
            assertThat(page.get(9)).isEqualTo(all.get(all.size() - 15));

            Scope scope = Scope.of(township.code());
            long inTownship = all.stream()
                    .filter(c -> c.region().isPresent()
                            && scope.includes(org.ruralwater.core.region.RegionCode.parse(
                                    c.region().get())))
                    .count();
            long recordsInTownship = all.stream()
                    .filter(c -> c.region().isPresent()
                            && scope.includes(org.ruralwater.core.region.RegionCode.parse(
                                    c.region().get())))
                    .mapToLong(Change::records)
                    .sum();
            assertThat(store.audit().count(scope)).isEqualTo(inTownship).isLessThan(all.size());
            assertThat(store.audit().newest(scope, 0, 1000))
                    .allSatisfy(c -> assertThat(scope.includes(org.ruralwater.core.region.RegionCode.parse(
                                    c.region().orElseThrow())))
                            .isTrue());

            List<Batch> batches = store.audit().batches(Scope.everything(), 10);
            assertThat(batches).hasSize(1);
            Batch first = batches.get(0);
            assertThat(first.actor()).isEqualTo("first");
            assertThat(first.total())
                    .isEqualTo(all.stream().mapToInt(Change::records).sum())
                    .isGreaterThan(all.size());
            assertThat(first.tallies())
                    .contains(new Batch.Tally(
                            "households", "insert", county.households().size()));
            assertThat(store.audit().countOf(Scope.everything(), first.at(), "first"))
                    .isEqualTo(all.size());
            assertThat(store.audit().newestOf(Scope.everything(), first.at(), "first", 0, 3))
                    .containsExactlyElementsOf(page(all, 3));
            assertThat(store.audit().newestOf(Scope.everything(), first.at(), "someone else", 0, 3))
                    .isEmpty();
            assertThat(store.audit().batches(Scope.of(township.code()), 10))
                    .singleElement()
                    .satisfies(b -> assertThat(b.total()).isEqualTo(recordsInTownship));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPageOfNoChangesOrOfTooManyIsACallersMistake(TestDatabase db, @TempDir Path dir) {
        try (Store store = Store.open(db.location(dir))) {
            assertThat(store.audit().newest(Scope.everything(), 0, 50)).isEmpty();
            assertThat(store.audit().batches(Scope.everything(), 50)).isEmpty();
            assertThatThrownBy(() -> store.audit().newest(Scope.everything(), 0, 0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.audit().newest(Scope.everything(), -1, 10))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static List<Change> page(List<Change> all, int n) {
        List<Change> last = new java.util.ArrayList<>(all.subList(all.size() - n, all.size()));
        java.util.Collections.reverse(last);
        return last;
    }
}
