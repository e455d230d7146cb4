package org.ruralwater.webapp;

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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.store.Location;
import org.ruralwater.store.access.Scope;
import org.ruralwater.webapp.signin.SignInTest.Session;

/**
 * Every route that changes something or takes an id, asked as an attacker would: without the session's
 * CSRF token, with a forged one or another session's; with another region's ids; with script in every
 * text a user can type. On the embedded store ({@link HostileRoutesTest}) and on PostgreSQL ({@link
 * HostileRoutesOnPostgresqlTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileRoutes {

    private TestPlatform p;
    private Household household;
    private Village village;
    private SupplyWorks works;
    private Household otherHousehold;
    private Village otherVillage;
    private SupplyWorks otherWorks;

    /** Where the store of the test lies. */
    abstract Location location(Path dir);

    @BeforeAll
    void start(@TempDir Path dir) {
        p = TestPlatform.start(location(dir), 10_000);
        RegionCode first = p.townships.get(0).code();
        RegionCode second = p.townships.get(1).code();
        household = p.county.households().stream()
                .filter(h -> h.village().isWithin(first))
                .findFirst()
                .orElseThrow();
        village = p.county.village(household.village()).orElseThrow();
        works = p.county.works().stream()
                .filter(w -> w.villages().stream().anyMatch(v -> v.isWithin(first)))
                .findFirst()
                .orElseThrow();
        otherHousehold = p.county.households().stream()
                .filter(h -> h.village().isWithin(second))
                .findFirst()
                .orElseThrow();
        otherVillage = p.county.village(otherHousehold.village()).orElseThrow();
        otherWorks = p.county.works().stream()
                .filter(w -> w.villages().stream().noneMatch(v -> v.isWithin(first)))
                .findFirst()
                .orElseThrow();
    }

    @AfterAll
    void stop() {
        if (p != null) {
            p.close();
        }
    }

    /** Each form that changes something, with the fields a browser would send but the token. */
    private Map<String, Map<String, String>> forms() {
        return Map.of(
                "/signout",
                Map.of(),
                "/registers/households/" + household.id().value(),
                Map.of(
                        "village", household.village().value(),
                        "works", household.works().map(w -> w.value()).orElse(""),
                        "members", "3",
                        "connection", household.connection().code(),
                        "meter", household.meter().map(m -> m.value()).orElse("")),
                "/registers/villages/" + village.code().value(),
                Map.of(
                        "name", "改名",
                        "latitude", village.latitude().toPlainString(),
                        "longitude", village.longitude().toPlainString()),
                "/registers/works/" + works.id().value(),
                Map.of("name", "改名"),
                "/quality/samples",
                Map.of(
                        "sample_id", "H-1",
                        "works", works.id().value(),
                        "point", "tap",
                        "sampled_at", "2026-03-02T09:10",
                        "indicator", "arsenic",
                        "value", "0.02",
                        "unit", "mg/L"));
    }

    @Test
    void everyFormThatChangesSomethingRefusesAMissingAForgedOrAnotherSessionsToken() throws Exception {
        Session officer = p.as("officer");
        String othersToken = TestPlatform.token(p.as("auditor").get("/").body());
        long before = p.store.audit().count(Scope.everything());
        for (var form : forms().entrySet()) {
            for (String token : List.of("", "forged", othersToken)) {
                Map<String, String> fields = new HashMap<>(form.getValue());
                if (!token.isEmpty()) {
                    fields.put("csrf", token);
                }
                HttpResponse<String> r = officer.post(form.getKey(), fields);
                assertThat(r.statusCode()).as(form.getKey() + " with " + token).isEqualTo(403);
            }
        }
        for (String token : List.of("", "forged", othersToken)) {
            Map<String, String> fields = token.isEmpty() ? Map.of() : Map.of("csrf", token);
            assertThat(officer.upload("/imports", fields, "households.csv", new byte[] {'x'})
                            .statusCode())
                    .as("/imports with " + token)
                    .isEqualTo(403);
        }
        assertThat(p.store.audit().count(Scope.everything())).isEqualTo(before);
        assertThat(officer.get("/").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void anotherTownshipsRecordsAreNotFoundOnEveryRouteAndNothingOfThemLeaks() throws Exception {
        Session staff = p.as("staff1");
        List<String> others = List.of(
                "/registers/households/" + otherHousehold.id().value(),
                "/registers/villages/" + otherVillage.code().value(),
                "/registers/works/" + otherWorks.id().value());
        for (String path : others) {
            for (String asked : List.of(path, path + "/edit")) {
                HttpResponse<String> r = staff.get(asked);
                assertThat(r.statusCode()).as(asked).isEqualTo(404);
                assertThat(r.body()).as(asked).doesNotContain(otherVillage.name());
            }
        }
        String token = TestPlatform.token(staff.get("/").body());
        for (String path : others) {
            HttpResponse<String> r = staff.post(path, Map.of("csrf", token, "name", "x", "members", "3"));
            assertThat(r.statusCode()).as(path).isEqualTo(404);
        }
        HttpResponse<String> samples =
                staff.get("/quality/samples?works=" + otherWorks.id().value());
        assertThat(samples.statusCode()).isEqualTo(404);
        assertThat(samples.body()).doesNotContain(otherWorks.name());
        // The entry form offers the user's own works only, whatever a link asks for.
        assertThat(staff.get("/quality/sample?works=" + otherWorks.id().value()).body())
                .doesNotContain(otherWorks.name())
                .doesNotContain(otherWorks.id().value() + "\"");
        for (String path : List.of("/?region=", "/map?region=")) {
            assertThat(staff.get(path + p.townships.get(1).code().value()).statusCode())
                    .as(path)
                    .isEqualTo(404);
            assertThat(staff.get(path + otherVillage.code().value()).statusCode())
                    .as(path)
                    .isEqualTo(404);
        }
        // The same ids a region's own user reaches: what the other township gets is truly a 404 of scope.
        Session theirs = p.as("staff2");
        for (String path : others) {
            assertThat(theirs.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void scriptInEveryTextFieldIsShownAsTextWhereverTheTextAppears() throws Exception {
        Session officer = p.as("officer");
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        String path = "/registers/works/" + works.id().value();
        Map<String, String> form = new HashMap<>();
        String edit = officer.get(path + "/edit").body();
        form.put("csrf", TestPlatform.token(edit));
        form.put("name", hostile);
        form.put("kind", works.kind().code());
        form.put("source", works.source().code());
        form.put("design_capacity", works.designCapacity().toString());
        form.put("people_served", String.valueOf(works.peopleServed()));
        form.put(
                "treatments",
                String.join(";", works.treatments().stream().map(t -> t.code()).toList()));
        form.put("disinfection", works.disinfection().code());
        form.put(
                "villages",
                String.join(";", works.villages().stream().map(v -> v.value()).toList()));
        HttpResponse<String> saved = officer.post(path, form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        for (String page : List.of(
                path,
                path + "/edit",
                "/registers/works",
                "/map",
                "/audit",
                "/imports",
                "/registers/works?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8))) {
            String body = officer.get(page).body();
            assertThat(body).as(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
        }
        assertThat(officer.get(path).body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        HttpResponse<String> rejected =
                officer.post(path, Map.of("csrf", form.get("csrf"), "name", hostile, "design_capacity", "<b>big</b>"));
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).doesNotContain("<b>big</b>").contains("&lt;b&gt;big&lt;/b&gt;");
    }
}
