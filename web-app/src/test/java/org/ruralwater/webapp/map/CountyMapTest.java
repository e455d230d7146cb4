package org.ruralwater.webapp.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.household.Village;
import org.ruralwater.webapp.TestPlatform;
import org.ruralwater.webapp.signin.SignInTest.Session;

/** The map over HTTP: the region's villages and works, nothing of another region. */
class CountyMapTest {

    private static TestPlatform p;

    @BeforeAll
    static void start(@TempDir Path dir) {
        p = TestPlatform.start(dir);
    }

    @AfterAll
    static void stop() {
        p.close();
    }

    private static int count(String body, String mark) {
        return body.split(mark, -1).length - 1;
    }

    @Test
    void anOfficerSeesEveryVillageOfTheCountyAndEveryWorksAtItsFirstVillage() throws Exception {
        HttpResponse<String> r = p.as("officer").get("/map?lang=zh-CN");
        assertThat(r.statusCode()).isEqualTo(200);
        String body = r.body();
        assertThat(body).contains("<svg").contains("一张图");
        // Three more circles are the legend's.
        assertThat(count(body, "<circle class=\"village"))
                .isEqualTo(p.county.villages().size() + 3);
        assertThat(count(body, "<rect class=\"works"))
                .isEqualTo(p.county.works().size() + 2);
        for (Village v : p.county.villages()) {
            assertThat(body).contains("href=\"/registers/villages/" + v.code().value() + "\"");
        }
        assertThat(body).contains("每处工程画在其供水的第一个村");
    }

    @Test
    void aTownshipsStaffSeeTheirVillagesOnlyAndAnotherTownshipsMapIsNotFound() throws Exception {
        Session staff = p.as("staff1");
        String body = staff.get("/map").body();
        List<Village> own = p.county.villages().stream()
                .filter(v -> v.township().equals(p.townships.get(0).code()))
                .toList();
        assertThat(count(body, "<circle class=\"village")).isEqualTo(own.size() + 3);
        assertThat(body)
                .doesNotContain(
                        "/registers/villages/" + p.townships.get(1).code().value());
        for (String region : List.of(
                p.townships.get(1).code().value(), p.countyRegion.code().value(), "' OR 1=1", "<script>", "53")) {
            assertThat(staff.get("/map?region=" + java.net.URLEncoder.encode(region, "UTF-8"))
                            .statusCode())
                    .as(region)
                    .isEqualTo(404);
        }
        assertThat(staff.get("/map?region=" + own.get(0).code().value()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theMapIsDrawnInsideItsBoxWhateverTheVillagesPoints() {
        MapView view = CountyMap.draw(p.county.villages(), p.county.works(), Map.of());
        assertThat(view.villages())
                .allSatisfy(d -> assertThat(d.x()).isBetween(0.0, (double) view.width()))
                .allSatisfy(d -> assertThat(d.y()).isBetween(0.0, (double) view.height()));
        assertThat(CountyMap.draw(List.of(), p.county.works(), Map.of()).villages())
                .isEmpty();
        MapView one = CountyMap.draw(p.county.villages().subList(0, 1), p.county.works(), Map.of());
        assertThat(one.villages())
                .singleElement()
                .satisfies(d -> assertThat(d.band()).isEqualTo("none"));
    }
}
