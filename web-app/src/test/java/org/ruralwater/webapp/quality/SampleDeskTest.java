package org.ruralwater.webapp.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.store.people.Role;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.Platform;
import org.ruralwater.webapp.signin.SignInTest.Session;

/** The water-quality desk's sample page over HTTP: a sample judged as it is entered, in the user's region only. */
class SampleDeskTest {

    private static final County COUNTY = DemoCounty.generate(10_000, DemoCounty.DEFAULT_SEED);
    private static final Region CODE =
            COUNTY.regions().atLevel(RegionLevel.COUNTY).get(0);
    private static Region township;

    private static final Clock APRIL = Clock.fixed(Instant.parse("2026-04-15T00:00:00Z"), ZoneOffset.UTC);

    private static Store store;
    private static Platform platform;
    private static SupplyWorks inTownship;
    private static SupplyWorks elsewhere;

    @BeforeAll
    static void start(@TempDir Path dir) {
        store = Store.open(Location.embeddedIn(dir.resolve("store")));
        store.county().importCounty(Scope.everything(), Actor.cli(), COUNTY);
        // A township with a works of its own (a works serving villages of several townships is the county's).
        township = COUNTY.regions().childrenOf(CODE.code()).stream()
                .filter(t -> !store.county().works(Scope.of(t.code())).isEmpty())
                .findFirst()
                .orElseThrow();
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
                        new User("staff", "镇水务站", Role.TOWNSHIP_STAFF, township.code(), p.hash("pw")));
        List<SupplyWorks> own = store.county().works(Scope.of(township.code()));
        inTownship = own.get(0);
        elsewhere = store.county().works(Scope.of(CODE.code())).stream()
                .filter(w -> !own.contains(w))
                .findFirst()
                .orElseThrow();
        store.people()
                .add(
                        Scope.everything(),
                        Actor.cli(),
                        new User("auditor", "县审计", Role.AUDITOR, CODE.code(), p.hash("pw")));
        // A fixed clock: the watch looks back a year from now, and the samples are of March 2026.
        platform = Platform.start(new Platform.Settings("127.0.0.1", 0, store, APRIL, false));
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

    /** Posts the sample's fields and its rows, with the session's CSRF token unless told not to. */
    private static HttpResponse<String> post(
            Session session, Map<String, String> head, List<String[]> rows, Map<String, String> headers, boolean token)
            throws Exception {
        return post("/quality/sample", session, head, rows, headers, token);
    }

    private static HttpResponse<String> post(
            String path,
            Session session,
            Map<String, String> head,
            List<String[]> rows,
            Map<String, String> headers,
            boolean token)
            throws Exception {
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
        if (token) {
            fields.add(Map.entry("csrf", session.token()));
        }
        fields.addAll(head.entrySet());
        for (String[] row : rows) {
            fields.add(Map.entry("indicator", row[0]));
            fields.add(Map.entry("value", row[1]));
            fields.add(Map.entry("unit", row[2]));
            fields.add(Map.entry("detection_limit", row[3]));
        }
        return session.postFields(path, fields, headers);
    }

    private static Map<String, String> sample(String works) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("standard", "GB5749-2022");
        form.put("works", works);
        form.put("point", "tap");
        form.put("sampled_at", "2026-03-02T09:10");
        form.put("supply", "small_centralized");
        form.put("disinfection", "none");
        return form;
    }

    @Test
    void theFormOffersTheUsersWorksAndTwentyRows() throws Exception {
        HttpResponse<String> r = signedIn("staff").get("/quality/sample");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("水质：录入水样", inTownship.name())
                .doesNotContain(elsewhere.id().value())
                .contains("hx-post=\"/quality/sample\"");
        assertThat(r.body().split("name=\"indicator\"", -1)).hasSize(SampleForm.ROWS + 1);
    }

    @Test
    void aFailingValueIsJudgedWithItsLimitAndClause() throws Exception {
        Session officer = signedIn("officer");
        HttpResponse<String> r = post(
                officer,
                sample(inTownship.id().value()),
                List.of(new String[] {"砷", "0.02", "mg/L", ""}, new String[] {"浑浊度", "0.5", "NTU", ""}),
                Map.of(),
                true);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("水样判定：不合格", "0.01", "GB 5749-2022", "砷");
        // The links' alert with its deadline, and the ticket it becomes when overdue.
        assertThat(r.body())
                .contains("后续处置（按水质与饮水安全联动规则）")
                .contains("复采复检：砷，截止 2026-03-03 09:10")
                .contains("逾期未消除，将转为问题工单");
    }

    @Test
    void anHtmxRequestGetsTheVerdictAlone() throws Exception {
        Session officer = signedIn("officer");
        HttpResponse<String> r = post(
                officer,
                sample(inTownship.id().value()),
                List.<String[]>of(new String[] {"砷", "0.004", "mg/L", ""}),
                Map.of("HX-Request", "true"),
                true);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<html").contains("水样判定");
    }

    @Test
    void whatToCorrectIsShownAtItsRowInTheUsersLanguage() throws Exception {
        Session officer = signedIn("officer");
        HttpResponse<String> r = post(
                officer,
                sample(inTownship.id().value()),
                List.of(new String[] {"砷", "0.004", "mg/L", ""}, new String[] {"", "", "", ""}, new String[] {
                    "浑浊度", "abc", "NTU", ""
                }),
                Map.of(),
                true);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("需要更正", "第 3 行", "检测值", "abc").doesNotContain("水样判定");
    }

    @Test
    void anotherRegionsWorksIsNotFoundAndScriptIsEscaped() throws Exception {
        Session staff = signedIn("staff");
        HttpResponse<String> outside = post(
                staff,
                sample(elsewhere.id().value()),
                List.<String[]>of(new String[] {"砷", "0.02", "mg/L", ""}),
                Map.of(),
                true);
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(outside.body()).doesNotContain(elsewhere.id().value());

        HttpResponse<String> hostile = post(
                staff,
                sample(inTownship.id().value()),
                List.<String[]>of(new String[] {"<script>alert(1)</script>", "' OR 1=1 --", "mg/L", ""}),
                Map.of(),
                true);
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        Session staff = signedIn("staff");
        HttpResponse<String> r = post(
                staff,
                sample(inTownship.id().value()),
                List.<String[]>of(new String[] {"砷", "0.02", "mg/L", ""}),
                Map.of(),
                false);
        assertThat(r.statusCode()).isEqualTo(403);
    }

    private static Map<String, String> numbered(String id, String works) {
        Map<String, String> form = sample(works);
        form.put("sample_id", id);
        return form;
    }

    private static final List<String[]> FAILING =
            List.of(new String[] {"砷", "0.02", "mg/L", ""}, new String[] {"浑浊度", "0.5", "NTU", ""});

    @Test
    void aSavedSampleIsStoredOnceAndShownOnItsPageWithItsClauseAndAlert() throws Exception {
        Session staff = signedIn("staff");
        HttpResponse<String> saved =
                post("/quality/samples", staff, numbered("D-1", inTownship.id().value()), FAILING, Map.of(), true);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).contains("/quality/samples/D-1?saved=new");

        HttpResponse<String> page = staff.get("/quality/samples/D-1?saved=new");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("已保存", "水样 D-1", "入库判定：不合格", "砷", "0.02 mg/L", "GB 5749-2022")
                .contains("复采复检", "已超期", "转为问题工单");

        HttpResponse<String> again =
                post("/quality/samples", staff, numbered("D-1", inTownship.id().value()), FAILING, Map.of(), true);
        assertThat(again.headers().firstValue("Location")).contains("/quality/samples/D-1?saved=same");
        assertThat(staff.get("/quality/samples/D-1?saved=same").body()).contains("库中已有完全相同的水样");
        assertThat(store.quality().sample(Scope.everything(), "D-1")).isPresent();
    }

    @Test
    void anotherSampleUnderASavedNumberIsRefusedOnTheFormAndNothingChanges() throws Exception {
        Session officer = signedIn("officer");
        post("/quality/samples", officer, numbered("D-2", inTownship.id().value()), FAILING, Map.of(), true);
        long audited = store.status(Scope.everything()).counts().get("audit_entries");
        HttpResponse<String> r = post(
                "/quality/samples",
                officer,
                numbered("D-2", inTownship.id().value()),
                List.<String[]>of(new String[] {"砷", "0.004", "mg/L", ""}),
                Map.of(),
                true);
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("需要更正", "水样编号", "与库中事实或结果不同的水样 D-2");
        assertThat(store.status(Scope.everything()).counts()).containsEntry("audit_entries", audited);
        assertThat(store.quality()
                        .sample(Scope.everything(), "D-2")
                        .orElseThrow()
                        .determinations())
                .hasSize(2);
    }

    @Test
    void aSampleWithoutItsNumberOrWithProblemsIsNotSaved() throws Exception {
        Session staff = signedIn("staff");
        HttpResponse<String> none =
                post("/quality/samples", staff, sample(inTownship.id().value()), FAILING, Map.of(), true);
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.body()).contains("检测机构的水样编号");

        HttpResponse<String> hostile = post(
                "/quality/samples",
                staff,
                numbered("<script>alert(1)</script>", inTownship.id().value()),
                FAILING,
                Map.of(),
                true);
        assertThat(hostile.statusCode()).isEqualTo(422);
        assertThat(hostile.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");

        HttpResponse<String> empty = post("/quality/samples", staff, numbered("D-3", ""), List.of(), Map.of(), true);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(store.quality().sample(Scope.everything(), "D-3")).isEmpty();
    }

    @Test
    void savingNeedsTheRightToRecordTheTokenAndTheUsersOwnWorks() throws Exception {
        Session auditor = signedIn("auditor");
        assertThat(post(
                                "/quality/samples",
                                auditor,
                                numbered("D-4", inTownship.id().value()),
                                FAILING,
                                Map.of(),
                                true)
                        .statusCode())
                .isEqualTo(403);
        assertThat(auditor.get("/quality/sample").body()).doesNotContain("formaction=\"/quality/samples\"");
        Session staff = signedIn("staff");
        assertThat(post(
                                "/quality/samples",
                                staff,
                                numbered("D-4", inTownship.id().value()),
                                FAILING,
                                Map.of(),
                                false)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> outside =
                post("/quality/samples", staff, numbered("D-4", elsewhere.id().value()), FAILING, Map.of(), true);
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(outside.body()).doesNotContain(elsewhere.id().value());
        assertThat(store.quality().sample(Scope.everything(), "D-4")).isEmpty();
    }
}
