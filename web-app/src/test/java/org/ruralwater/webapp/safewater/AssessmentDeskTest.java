package org.ruralwater.webapp.safewater;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.store.people.Role;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.Platform;
import org.ruralwater.webapp.signin.SignInTest.Session;

/**
 * The assessment over HTTP: the bundled scheme over the store's figures of a small demo county's year, the
 * ranking of its townships, each item's score with its rule, source and where its figure came from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentDeskTest {

    private Store store;
    private Platform platform;
    private Region township;

    @BeforeAll
    void start(@TempDir Path dir) {
        County county = DemoCounty.generate(1_200, DemoCounty.DEFAULT_SEED);
        store = Store.open(Location.embeddedIn(dir.resolve("store")));
        store.history().importDemoYear(Scope.everything(), Actor.cli(), county, DemoCounty.DEFAULT_SEED, 2026);
        Region c = county.regions().atLevel(RegionLevel.COUNTY).get(0);
        township = county.regions().childrenOf(c.code()).get(0);
        String pw = Passwords.argon2id().hash("pw");
        for (User u : List.of(
                new User("officer", "县水利局", Role.OFFICER, c.code(), pw),
                new User("staff", "镇水务站", Role.TOWNSHIP_STAFF, township.code(), pw))) {
            store.people().add(Scope.everything(), Actor.cli(), u);
        }
        platform = Platform.start(Platform.Settings.local(0, store));
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private Session as(String name) throws Exception {
        Session s = new Session(platform);
        assertThat(s.signIn(name, "pw").statusCode()).isEqualTo(303);
        return s;
    }

    @Test
    void theCountysTownshipsAreRankedUnderTheBundledSchemeWithEachItemsRuleAndSource() throws Exception {
        String page = as("officer").get("/assessment?lang=zh-CN&year=2026").body();
        assertThat(page)
                .contains("考核", "County (or township) annual", township.name())
                .contains("农村自来水普及率", "水质达标率", "水费收缴率", "维修及时率", "未销号问题")
                .contains("88%: the 2025 national target", "linear from 88 (nothing) to 97 (all)")
                .contains("2026-01 至 2026-12 出厂水和末梢水水样", "数据库中无记录：按 0 计", "问题清单");
        assertThat(page)
                .containsPattern(
                        "<td>1</td>\\s*<td><a href=\"#a-" + township.code().value());
    }

    @Test
    void aYearWithoutFiguresLeavesEachTownshipUnscoredWithWhatItLacks() throws Exception {
        String page = as("officer").get("/assessment?lang=zh-CN&year=2019").body();
        assertThat(page).contains("未评分", "水质达标率", "(water_quality_pass_rate)", "(collection_rate)");
    }

    @Test
    void aTownshipSeesItsOwnScoreAndAnotherRegionOrAMalformedYearIsNotFound() throws Exception {
        Session staff = as("staff");
        assertThat(staff.get("/assessment?year=2026").body()).contains(township.name());
        assertThat(staff.get("/assessment?region=539821").statusCode()).isEqualTo(404);
        assertThat(staff.get("/assessment?year=20x6").statusCode()).isEqualTo(404);
        assertThat(staff.get("/assessment?year=" + "9".repeat(12)).statusCode()).isEqualTo(404);
    }
}
