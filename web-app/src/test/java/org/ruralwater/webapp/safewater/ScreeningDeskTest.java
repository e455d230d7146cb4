package org.ruralwater.webapp.safewater;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.assurance.demo.DemoAssurance;
import org.ruralwater.assurance.safewater.SafetyVerdict;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Village;
import org.ruralwater.qualityrules.demo.DemoSamples;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.history.HistoryRecords;
import org.ruralwater.store.screening.ScreeningResult;
import org.ruralwater.webapp.TestPlatform;
import org.ruralwater.webapp.signin.SignInTest.Session;

/** The screening page over HTTP: verdicts by region down to the village, then each household's four indicators. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningDeskTest {

    private TestPlatform p;

    @BeforeAll
    void start(@TempDir Path dir) {
        p = TestPlatform.start(dir.resolve("platform"));
        Path year = dir.resolve("year");
        DemoAssurance.write(p.county, DemoCounty.DEFAULT_SEED, 2026, year.resolve("assurance"));
        DemoSamples.write(p.county, DemoCounty.DEFAULT_SEED, 2026, year.resolve("quality"));
        p.store.history().importFolder(Scope.everything(), Actor.cli(), year, HistoryRecords.Rules.bundled());
    }

    @AfterAll
    void stop() {
        if (p != null) {
            p.close();
        }
    }

    @Test
    void theCountyShowsEachTownshipsHouseholdsByVerdictAndAVillageEachHouseholdsFourIndicators() throws Exception {
        Session officer = p.as("officer");
        String county = officer.get("/screening?lang=zh-CN").body();
        assertThat(county)
                .contains("排查评价", "安全", "基本安全", "不安全", p.townships.get(0).name());
        List<ScreeningResult> all = p.store.screening().results(Scope.everything());
        long unsafe =
                all.stream().filter(r -> r.verdict() == SafetyVerdict.UNSAFE).count();
        assertThat(unsafe).isPositive();
        ScreeningResult failing = all.stream()
                .filter(r -> r.verdict() == SafetyVerdict.UNSAFE)
                .findFirst()
                .orElseThrow();
        Village village = p.county.village(failing.village()).orElseThrow();
        String township =
                officer.get("/screening?region=" + village.township().value()).body();
        assertThat(township).contains(village.name());
        String page = officer.get("/screening?region=" + village.code().value()).body();
        assertThat(page)
                .contains(failing.household(), "不安全", "达标", "用水方便程度", "T/CHES 18-2018")
                .contains("verdict-unsafe");
    }

    @Test
    void theMonitoredHouseholdsOfTheThreeGroupsAndTheRiskSignalsInTheirVillagesAreShown() throws Exception {
        var monitoring = p.store.screening().monitoring();
        var monitored = monitoring.monitored(Scope.of(p.townships.get(0).code()));
        assertThat(monitored).isNotEmpty();
        String township = p.as("staff1").get("/screening?lang=zh-CN").body();
        assertThat(township).contains("监测对象", "脱贫不稳定户", "边缘易致贫户", "突发严重困难户");
        var current = monitored.stream()
                .filter(m -> m.monitoredOn(java.time.LocalDate.now()))
                .findFirst()
                .orElseThrow();
        assertThat(township).contains(current.household().value());
        assertThat(monitoring.signals(Scope.everything())).isNotEmpty();
        String county = p.as("officer").get("/screening?lang=zh-CN").body();
        assertThat(county).contains("监测对象所在村的风险线索", "按预警规则研判的风险");
    }

    @Test
    void anotherTownshipsVillageIsNotFoundAndNothingOfItLeaks() throws Exception {
        Village other = p.county.villages().stream()
                .filter(v -> v.township().equals(p.townships.get(1).code()))
                .findFirst()
                .orElseThrow();
        Session staff = p.as("staff1");
        assertThat(staff.get("/screening?region=" + other.code().value()).statusCode())
                .isEqualTo(404);
        assertThat(staff.get("/screening").body())
                .doesNotContain(other.name())
                .doesNotContain(p.townships.get(1).name());
        assertThat(p.as("staff2")
                        .get("/screening?region=" + other.code().value())
                        .statusCode())
                .isEqualTo(200);
    }
}
