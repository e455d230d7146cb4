package org.ruralwater.webapp.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.assurance.coverage.CoverageIndicator;
import org.ruralwater.assurance.coverage.CoverageReport;
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

/** The dashboard over HTTP on a store holding a small demo county, seen by users of different scopes. */
class DashboardTest {

    private static final County COUNTY = DemoCounty.generate(10_000, DemoCounty.DEFAULT_SEED);
    private static final Region CODE =
            COUNTY.regions().atLevel(RegionLevel.COUNTY).get(0);
    private static final List<Region> TOWNSHIPS = COUNTY.regions().childrenOf(CODE.code());

    private static Store store;
    private static Platform platform;

    @BeforeAll
    static void start(@TempDir Path dir) {
        store = Store.open(Location.embeddedIn(dir.resolve("store")));
        store.county().importCounty(Scope.everything(), Actor.cli(), COUNTY);
        Passwords p = Passwords.argon2id();
        store.people()
                .add(
                        Scope.everything(),
                        Actor.cli(),
                        new User("officer", "县水利局", Role.OFFICER, CODE.code(), p.hash("pw")));
        store.people()
                .add(
                        Scope.everything(),
                        Actor.cli(),
                        new User(
                                "staff",
                                "镇水务站",
                                Role.TOWNSHIP_STAFF,
                                TOWNSHIPS.get(0).code(),
                                p.hash("pw")));
        platform = Platform.start(Platform.Settings.local(0, store));
    }

    @AfterAll
    static void stop() {
        platform.close();
        store.close();
    }

    private static Session signedIn(String name) throws Exception {
        Session s = new Session(platform);
        assertThat(s.signIn(name, "pw").statusCode()).isEqualTo(303);
        return s;
    }

    @Test
    void anOfficerSeesTheCountysIndicatorsWithTargetsAndEveryTownshipBelow() throws Exception {
        HttpResponse<String> r = signedIn("officer").get("/?lang=zh-CN");
        assertThat(r.statusCode()).isEqualTo(200);
        CoverageReport expected = CoverageReport.of(COUNTY, CODE.code());
        String tap =
                expected.of(CoverageIndicator.TAP_WATER).percent().orElseThrow().toPlainString() + "%";
        assertThat(r.body())
                .contains("农村自来水普及率", "规模化供水工程覆盖农村人口比例", "集中供水率")
                .contains(tap)
                .contains(expected.of(CoverageIndicator.TAP_WATER).people() + " / "
                        + expected.of(CoverageIndicator.TAP_WATER).of() + " 人")
                .contains("全国目标");
        for (Region t : TOWNSHIPS) {
            assertThat(r.body()).contains("href=\"/?region=" + t.code().value() + "\">" + t.name() + "</a>");
        }
    }

    @Test
    void aTownshipsStaffSeeTheirTownshipDownToItsVillagesAndNothingAboveOrBeside() throws Exception {
        Session staff = signedIn("staff");
        HttpResponse<String> own = staff.get("/");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(TOWNSHIPS.get(0).name());
        Region village = COUNTY.regions().childrenOf(TOWNSHIPS.get(0).code()).get(0);
        assertThat(own.body()).contains(village.name());
        assertThat(staff.get("/?region=" + village.code().value()).statusCode()).isEqualTo(200);

        assertThat(staff.get("/?region=" + CODE.code().value()).statusCode()).isEqualTo(404);
        assertThat(staff.get("/?region=" + TOWNSHIPS.get(1).code().value()).statusCode())
                .isEqualTo(404);
        assertThat(staff.get("/?region=530000").statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedOrHostileRegionIsNotFoundAndLeaksNothing() throws Exception {
        Session officer = signedIn("officer");
        for (String hostile : List.of("' OR '1'='1", "<script>", "5398211", "%00", "999999999999")) {
            HttpResponse<String> r = officer.get("/?region=" + java.net.URLEncoder.encode(hostile, "UTF-8"));
            assertThat(r.statusCode()).as(hostile).isEqualTo(404);
            assertThat(r.body()).doesNotContain("<script>").doesNotContain("Exception");
        }
    }
}
