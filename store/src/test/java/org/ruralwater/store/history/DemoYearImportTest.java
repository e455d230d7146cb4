package org.ruralwater.store.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;

/** The web app's seeding call: the demo county's year from the county in memory, once. */
class DemoYearImportTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDemoYearOfACountyInMemoryLandsOnceAndAgainChangesNothing(TestDatabase db, @TempDir Path dir) {
        County county = DemoCounty.generate(120, 5);
        HistoryRecords.Rules rules = HistoryRecords.Rules.bundled().withoutBillRuns();
        try (Store store = Store.open(db.location(dir))) {
            HistoryRecords.Imported first =
                    store.history().importDemoYear(Scope.everything(), Actor.user("demo"), county, 5, 2026, rules);
            assertThat(first.changes()).isPositive();
            assertThat(store.status(Scope.everything()).counts().get("samples")).isPositive();
            HistoryRecords.Imported again =
                    store.history().importDemoYear(Scope.everything(), Actor.user("demo"), county, 5, 2026, rules);
            assertThat(again.changes()).isZero();
        }
    }
}
