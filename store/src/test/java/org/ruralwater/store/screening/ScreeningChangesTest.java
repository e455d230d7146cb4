package org.ruralwater.store.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.assurance.demo.DemoAssurance;
import org.ruralwater.assurance.monitoring.Signal;
import org.ruralwater.assurance.monitoring.SignalKind;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.qualityrules.demo.DemoSamples;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.history.HistoryRecords;

/** A month's screening changes from the audit log, and the monitoring records beside the screening. */
class ScreeningChangesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMonthsScreeningIsCountedFromTheAuditLogAndTheLinksSignalsAreStoredOnce(TestDatabase db, @TempDir Path dir) {
        County county = DemoCounty.generate(120, 5);
        Path year = dir.resolve("year");
        DemoAssurance.write(county, 5, 2026, year.resolve("assurance"));
        DemoSamples.write(county, 5, 2026, year.resolve("quality"));
        try (Store store = Store.open(db.location(dir.resolve("store")))) {
            store.county().importCounty(Scope.everything(), Actor.cli(), county);
            store.history()
                    .importFolder(
                            Scope.everything(),
                            Actor.cli(),
                            year,
                            HistoryRecords.Rules.bundled().withoutBillRuns());
            YearMonth now = YearMonth.now();
            ScreeningChanges changes = store.screening().changes(Scope.everything(), now);
            assertThat(changes).isEqualTo(new ScreeningChanges(now, 120, 0));
            assertThat(store.screening().changes(Scope.everything(), now.minusMonths(1)))
                    .isEqualTo(new ScreeningChanges(now.minusMonths(1), 0, 0));
            RegionCode township =
                    county.regions().atLevel(RegionLevel.TOWNSHIP).get(0).code();
            long inTownship = store.screening().results(Scope.of(township)).size();
            assertThat(store.screening().changes(Scope.of(township), now).screened())
                    .isEqualTo(inTownship);

            MonitoringRecords monitoring = store.screening().monitoring();
            assertThat(monitoring.monitored(Scope.everything())).isNotEmpty();
            List<Signal> signals = monitoring.signals(Scope.everything());
            assertThat(signals).isNotEmpty().allMatch(g -> g.kind() == SignalKind.QUALITY_FAILED);
            store.history()
                    .importFolder(
                            Scope.everything(),
                            Actor.cli(),
                            year,
                            HistoryRecords.Rules.bundled().withoutBillRuns());
            assertThat(monitoring.signals(Scope.everything())).isEqualTo(signals);
            assertThat(monitoring.signals(Scope.of(township)))
                    .isNotEmpty()
                    .allMatch(g -> g.village().isWithin(township));
        }
    }
}
