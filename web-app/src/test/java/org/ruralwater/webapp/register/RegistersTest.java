package org.ruralwater.webapp.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.Village;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.audit.Change;
import org.ruralwater.webapp.TestPlatform;
import org.ruralwater.webapp.signin.SignInTest.Session;

/** The registers over HTTP: lists and search within the scope, records, and edits checked as files are. */
class RegistersTest {

    private static TestPlatform p;
    private static Household ofFirst;
    private static Household ofSecond;
    private static Village villageOfFirst;

    @BeforeAll
    static void start(@TempDir Path dir) {
        p = TestPlatform.start(dir);
        ofFirst = p.county.households().stream()
                .filter(h -> h.village().isWithin(p.townships.get(0).code()))
                .filter(h -> h.meter().isEmpty())
                .findFirst()
                .orElseThrow();
        ofSecond = p.county.households().stream()
                .filter(h -> h.village().isWithin(p.townships.get(1).code()))
                .findFirst()
                .orElseThrow();
        villageOfFirst = p.county.village(ofFirst.village()).orElseThrow();
    }

    @AfterAll
    static void stop() {
        p.close();
    }

    private static String path(Household h) {
        return "/registers/households/" + h.id().value();
    }

    /** The household's form as its page writes it, with some fields changed. */
    private static Map<String, String> form(Session s, Household h, Map<String, String> changes) throws Exception {
        String page = s.get(path(h) + "/edit").body();
        Map<String, String> form = new HashMap<>();
        form.put("csrf", TestPlatform.token(page));
        form.put("village", h.village().value());
        form.put("works", h.works().map(w -> w.value()).orElse(""));
        form.put("members", String.valueOf(h.members()));
        form.put("connection", h.connection().code());
        form.put("meter", h.meter().map(m -> m.value()).orElse(""));
        form.putAll(changes);
        return form;
    }

    @Test
    void anOfficerListsTheCountysHouseholdsAPageAtATimeAndFindsAVillagesByItsName() throws Exception {
        Session officer = p.as("officer");
        HttpResponse<String> first = officer.get("/registers/households?lang=zh-CN");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains("共 " + p.county.households().size() + " 条")
                .contains("第 1 / " + ((p.county.households().size() + 49) / 50) + " 页")
                .contains("所在村", "人口", "接水方式");
        assertThat(first.body().split("<tr>", -1)).hasSize(Registers.PAGE_SIZE + 2);

        String q = URLEncoder.encode(villageOfFirst.name(), StandardCharsets.UTF_8);
        HttpResponse<String> found = officer.get("/registers/households?q=" + q);
        long inVillage = p.county.households().stream()
                .filter(h -> h.village().equals(villageOfFirst.code()))
                .count();
        assertThat(found.body()).contains("共 " + inVillage + " 条");
        assertThat(officer.get("/registers/households?q=" + ofFirst.id().value())
                        .body())
                .contains("href=\"" + path(ofFirst) + "\"");

        assertThat(officer.get("/registers/villages").body()).contains(villageOfFirst.name());
        assertThat(officer.get("/registers/works").body())
                .contains(p.county.works().get(0).name());
        assertThat(officer.get("/registers/households?page=9999").statusCode()).isEqualTo(200);
        assertThat(officer.get("/registers/households?page=-1").statusCode()).isEqualTo(200);
    }

    @Test
    void sqlMetacharactersInASearchAreTextThatMatchesNothing() throws Exception {
        Session officer = p.as("officer");
        for (String hostile : List.of("' OR '1'='1", "%", "%%", "\"; DROP TABLE record_row; --", "\\")) {
            HttpResponse<String> r = officer.get(
                    "/registers/households?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8) + "&lang=zh-CN");
            assertThat(r.statusCode()).as(hostile).isEqualTo(200);
            assertThat(r.body()).as(hostile).contains("共 0 条").doesNotContain("Exception");
        }
        assertThat(p.store.county().households(Scope.everything()))
                .hasSize(p.county.households().size());
    }

    @Test
    void aTownshipsStaffSeeTheirHouseholdsAndAnotherTownshipsAreNotFound() throws Exception {
        Session staff = p.as("staff1");
        assertThat(staff.get(path(ofFirst)).statusCode()).isEqualTo(200);
        HttpResponse<String> other = staff.get(path(ofSecond));
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(ofSecond.id().value());
        assertThat(staff.get(path(ofSecond) + "/edit").statusCode()).isEqualTo(404);
        Map<String, String> form = form(staff, ofFirst, Map.of());
        assertThat(staff.post(path(ofSecond), form).statusCode()).isEqualTo(404);
        assertThat(staff.get("/registers/households?q=" + ofFirst.id().value()).body())
                .contains("href=\"" + path(ofFirst) + "\"");
        assertThat(staff.get("/registers/households?q=" + ofSecond.id().value() + "&lang=zh-CN")
                        .body())
                .contains("共 0 条")
                .doesNotContain("href=\"" + path(ofSecond));
        String otherVillage = p.county.villages().stream()
                .filter(v -> v.township().equals(p.townships.get(1).code()))
                .findFirst()
                .orElseThrow()
                .code()
                .value();
        assertThat(staff.get("/registers/villages/" + otherVillage).statusCode())
                .isEqualTo(404);
        // Jetty itself refuses a NUL in a path (400); either way nothing is found and nothing leaks.
        for (String hostile : List.of("..%2F..%2Fetc", "%27%20OR%201%3D1", "x%00", "5398")) {
            assertThat(staff.get("/registers/households/" + hostile).statusCode())
                    .as(hostile)
                    .isIn(400, 404);
        }
        assertThat(staff.get("/registers/accounts").statusCode()).isEqualTo(404);
    }

    @Test
    void aValueOutsideItsPhysicalDomainIsShownAtItsFieldInTheUsersLanguageAndNothingIsSaved() throws Exception {
        Session staff = p.as("staff1");
        int before = p.store
                .audit()
                .changesOf(Scope.everything(), "households", ofFirst.id().value())
                .size();
        HttpResponse<String> r =
                staff.post(path(ofFirst) + "?lang=zh-CN", form(staff, ofFirst, Map.of("members", "80")));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(p.store
                        .audit()
                        .changesOf(
                                Scope.everything(), "households", ofFirst.id().value()))
                .hasSize(before);
        String body = r.body();
        assertThat(body).contains("未保存");
        String field = body.substring(body.indexOf("data-field=\"members\""));
        field = field.substring(0, field.indexOf("</div>"));
        assertThat(field)
                .contains("field-problem")
                .contains("应为")
                .contains("50")
                .contains("80");
        assertThat(field).contains("value=\"80\"");

        HttpResponse<String> en =
                staff.post(path(ofFirst) + "?lang=en", form(staff, ofFirst, Map.of("members", "many")));
        assertThat(en.statusCode()).isEqualTo(422);
        assertThat(en.body()).contains("Not saved").contains("expected").contains("many");
    }

    @Test
    void aValidEditIsSavedThroughTheStoreWithItsLineBeforeAndAfterInTheAuditLog() throws Exception {
        Session staff = p.as("staff1");
        int members = ofFirst.members() == 7 ? 8 : 7;
        HttpResponse<String> r =
                staff.post(path(ofFirst), form(staff, ofFirst, Map.of("members", String.valueOf(members))));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue(path(ofFirst) + "?saved");
        Household saved = p.store.county().households(Scope.of(ofFirst.village())).stream()
                .filter(h -> h.id().equals(ofFirst.id()))
                .findFirst()
                .orElseThrow();
        assertThat(saved.members()).isEqualTo(members);
        List<Change> changes = p.store
                .audit()
                .changesOf(Scope.everything(), "households", ofFirst.id().value());
        Change update = changes.get(changes.size() - 1);
        assertThat(update.action()).isEqualTo("update");
        assertThat(update.actor()).isEqualTo("staff1");
        assertThat(update.before().orElseThrow()).contains("," + ofFirst.members() + ",");
        assertThat(update.after().orElseThrow()).contains("," + members + ",");
        String page = staff.get(path(ofFirst) + "?saved&lang=zh-CN").body();
        assertThat(page).contains("已保存").contains("staff1");
    }

    @Test
    void aStaffMemberCannotMoveAHouseholdIntoAnotherTownshipTheStoreSaysWhereAtTheField() throws Exception {
        Session staff = p.as("staff1");
        HttpResponse<String> r = staff.post(
                path(ofFirst) + "?lang=zh-CN",
                form(staff, ofFirst, Map.of("village", ofSecond.village().value())));
        assertThat(r.statusCode()).isEqualTo(422);
        String field = r.body().substring(r.body().indexOf("data-field=\"village\""));
        field = field.substring(0, field.indexOf("</div>"));
        assertThat(field)
                .contains("field-problem")
                .contains(p.townships.get(0).code().value());
        HttpResponse<String> unknown =
                staff.post(path(ofFirst), form(staff, ofFirst, Map.of("works", "NO-SUCH-WORKS")));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("NO-SUCH-WORKS");
    }

    @Test
    void scriptTypedIntoAVillagesNameIsSavedAsTextAndShownEscaped() throws Exception {
        Session officer = p.as("officer");
        Village v = p.county.villages().get(p.county.villages().size() - 1);
        String path = "/registers/villages/" + v.code().value();
        String token = TestPlatform.token(officer.get(path + "/edit").body());
        Map<String, String> form = Map.of(
                "csrf",
                token,
                "name",
                "<script>alert(1)</script>\"><img src=x onerror=alert(2)>",
                "latitude",
                v.latitude().toPlainString(),
                "longitude",
                v.longitude().toPlainString());
        assertThat(officer.post(path, form).statusCode()).isEqualTo(303);
        String page = officer.get(path).body();
        assertThat(page)
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=x")
                .contains("&lt;script&gt;");
        assertThat(officer.get("/registers/villages").body()).doesNotContain("<script>alert(1)");
        assertThat(officer.get(path + "/edit").body()).doesNotContain("<img src=x");
    }

    @Test
    void theAuditorAndAWaterManagerReadRecordsAndMayNotEditThem() throws Exception {
        for (String name : List.of("auditor", "manager")) {
            Session s = p.as(name);
            assertThat(s.get(path(ofFirst)).statusCode()).as(name).isEqualTo(200);
            assertThat(s.get(path(ofFirst)).body()).as(name).doesNotContain("/edit\"");
            assertThat(s.get(path(ofFirst) + "/edit").statusCode()).as(name).isEqualTo(403);
            String token = TestPlatform.token(s.get("/").body());
            HttpResponse<String> r = s.post(path(ofFirst), Map.of("csrf", token, "members", "9"));
            assertThat(r.statusCode()).as(name).isEqualTo(403);
        }
        assertThat(p
                        .store
                        .audit()
                        .changesOf(
                                Scope.everything(), "households", ofFirst.id().value())
                        .stream()
                        .filter(c -> !c.actor().equals("staff1")))
                .allSatisfy(c -> assertThat(c.action()).isEqualTo("insert"));
    }

    @Test
    void anEditWithoutTheSessionsTokenOrWithAForgedOneIsRefused() throws Exception {
        Session officer = p.as("officer");
        Map<String, String> form = new HashMap<>(form(officer, ofFirst, Map.of("members", "3")));
        form.remove("csrf");
        assertThat(officer.post(path(ofFirst), form).statusCode()).isEqualTo(403);
        form.put("csrf", "forged");
        assertThat(officer.post(path(ofFirst), form).statusCode()).isEqualTo(403);
        form.put("csrf", TestPlatform.token(p.as("staff1").get("/").body()));
        assertThat(officer.post(path(ofFirst), form).statusCode()).isEqualTo(403);
    }
}
