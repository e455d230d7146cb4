package org.ruralwater.webapp.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.household.Village;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.audit.Batch;
import org.ruralwater.webapp.TestPlatform;
import org.ruralwater.webapp.signin.SignInTest.Session;

/** The audit log page: for the roles that may read it, within their region, a page at a time, escaped. */
class AuditPageTest {

    private static TestPlatform p;
    private static Village edited;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        p = TestPlatform.start(dir);
        edited = p.county.villages().get(0);
        Session officer = p.as("officer");
        String path = "/registers/villages/" + edited.code().value();
        String token = TestPlatform.token(officer.get(path + "/edit").body());
        HttpResponse<String> r = officer.post(
                path,
                Map.of(
                        "csrf",
                        token,
                        "name",
                        "<script>alert('村')</script>",
                        "latitude",
                        edited.latitude().toPlainString(),
                        "longitude",
                        edited.longitude().toPlainString()));
        assertThat(r.statusCode()).isEqualTo(303);
    }

    @AfterAll
    static void stop() {
        p.close();
    }

    @Test
    void theAuditorReadsTheNewestChangesFirstWithTheColumnsAnEditChangedBeforeAndAfter() throws Exception {
        HttpResponse<String> r = p.as("auditor").get("/audit?lang=zh-CN");
        assertThat(r.statusCode()).isEqualTo(200);
        long count = p.store.audit().count(Scope.of(p.countyRegion.code()));
        assertThat(r.body())
                .contains("共 " + count + " 条变更")
                .contains("第 1 / " + ((count + 49) / 50) + " 页")
                .contains("officer")
                .contains("名称: <del>" + edited.name() + "</del> → <ins>&lt;script&gt;alert(");
        assertThat(r.body()).doesNotContain("<script>alert");
        int first = r.body().indexOf("<tbody>");
        assertThat(r.body().indexOf("officer", first)).isLessThan(r.body().indexOf("cli:", first));
        assertThat(p.as("auditor").get("/audit?page=2").body()).contains("第 2 / ");
        assertThat(p.as("auditor").get("/audit?page=x%27%20OR%201=1").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aTownshipsAuditorReadsOnlyTheTownshipsChanges() throws Exception {
        HttpResponse<String> r = p.as("auditor1").get("/audit?lang=zh-CN");
        long count = p.store.audit().count(Scope.of(p.townships.get(0).code()));
        assertThat(count).isLessThan(p.store.audit().count(Scope.everything()));
        assertThat(r.body())
                .contains("共 " + count + " 条变更")
                .doesNotContain(p.townships.get(1).code().value() + "0");
    }

    @Test
    void oneBatchAloneIsItsChangesAndAMalformedBatchIsNotFound() throws Exception {
        Batch latest = p.store.audit().batches(Scope.everything(), 1).get(0);
        Session auditor = p.as("auditor");
        HttpResponse<String> r = auditor.get("/audit?lang=zh-CN&at="
                + URLEncoder.encode(latest.at().toString(), StandardCharsets.UTF_8) + "&actor="
                + URLEncoder.encode(latest.actor(), StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("共 " + latest.total() + " 条变更").contains("全部变更");
        for (String hostile : List.of("yesterday", "2026-13-01T00:00:00Z", "'%20OR%201=1")) {
            assertThat(auditor.get("/audit?at=" + hostile + "&actor=officer").statusCode())
                    .as(hostile)
                    .isEqualTo(404);
        }
        assertThat(auditor.get("/audit?at=" + URLEncoder.encode(latest.at().toString(), StandardCharsets.UTF_8)
                                + "&actor=%27%20OR%20%271%27=%271")
                        .body())
                .contains("共 0 条变更");
    }

    @Test
    void onlyTheOfficerTheAuditorAndTheAdministratorMayReadTheAuditLog() throws Exception {
        for (String name : List.of("officer", "auditor", "admin")) {
            assertThat(p.as(name).get("/audit").statusCode()).as(name).isEqualTo(200);
        }
        for (String name : List.of("staff1", "manager")) {
            HttpResponse<String> r = p.as(name).get("/audit?lang=zh-CN");
            assertThat(r.statusCode()).as(name).isEqualTo(403);
            assertThat(r.body()).contains("您的角色无权进行此操作").doesNotContain("officer");
        }
    }

    @Test
    void aChangeOfManyLinesShowsItsFirstLinesAndCountsTheRest() {
        String lines = String.join(
                "\n",
                java.util.stream.IntStream.rangeClosed(1, 10)
                        .mapToObj(i -> "M" + i + ",2015-05-28," + i + ",actual")
                        .toList());
        org.ruralwater.store.audit.Change readings = new org.ruralwater.store.audit.Change(
                java.time.Instant.parse("2026-12-01T08:00:00Z"),
                "cli:li",
                "insert",
                "readings",
                "2015-05",
                java.util.Optional.of("320115001001"),
                java.util.Optional.empty(),
                java.util.Optional.of(lines));
        org.ruralwater.webapp.page.Frame frame =
                new org.ruralwater.webapp.page.Frame(java.util.Locale.SIMPLIFIED_CHINESE, null, "");

        assertThat(AuditPage.rows(List.of(readings), frame))
                .singleElement()
                .satisfies(row -> assertThat(row.after())
                        .isEqualTo("M1,2015-05-28,1,actual\nM2,2015-05-28,2,actual\nM3,2015-05-28,3,actual\n"
                                + "…… 另有 7 行"));
    }
}
