package org.ruralwater.webapp.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.store.people.Role;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.Platform;
import org.ruralwater.webapp.TestPlatform;
import org.ruralwater.webapp.signin.SignInTest.Session;

/**
 * The desk's pages over the store's samples: the month's list, a sample's page and its comparison abroad, pass
 * rates, alerts, coverage and sample imports; each in the user's region only, in Chinese unless English is
 * chosen, refusing what a hostile request sends.
 */
class QualityPagesTest {

    private static final County COUNTY = DemoCounty.generate(10_000, DemoCounty.DEFAULT_SEED);
    private static final Region CODE =
            COUNTY.regions().atLevel(RegionLevel.COUNTY).get(0);
    private static final Standard GB = Standards.bundled().get("GB5749-2022");
    private static final Clock APRIL = Clock.fixed(Instant.parse("2026-04-15T00:00:00Z"), ZoneOffset.UTC);

    private static Store store;
    private static Platform platform;
    private static SupplyWorks own;
    private static SupplyWorks elsewhere;

    @BeforeAll
    static void start(@TempDir Path dir) {
        store = Store.open(Location.embeddedIn(dir.resolve("store")));
        store.county().importCounty(Scope.everything(), Actor.cli(), COUNTY);
        Region township = COUNTY.regions().childrenOf(CODE.code()).stream()
                .filter(t -> !store.county().works(Scope.of(t.code())).isEmpty())
                .findFirst()
                .orElseThrow();
        Region other = COUNTY.regions().childrenOf(CODE.code()).stream()
                .filter(t -> !t.equals(township))
                .findFirst()
                .orElseThrow();
        List<SupplyWorks> mine = store.county().works(Scope.of(township.code()));
        own = mine.get(0);
        elsewhere = store.county().works(Scope.of(CODE.code())).stream()
                .filter(w -> !mine.contains(w))
                .findFirst()
                .orElseThrow();
        Passwords p = Passwords.argon2id();
        String pw = p.hash("pw");
        for (User u : List.of(
                new User("officer", "县水利局", Role.OFFICER, CODE.code(), pw),
                new User("staff", "镇水务站", Role.TOWNSHIP_STAFF, township.code(), pw),
                new User("staff2", "另一镇水务站", Role.TOWNSHIP_STAFF, other.code(), pw),
                new User("auditor", "县审计", Role.AUDITOR, CODE.code(), pw))) {
            store.people().add(Scope.everything(), Actor.cli(), u);
        }
        Evaluator evaluator = Evaluator.of(GB).asTested();
        store.quality()
                .importSamples(
                        Scope.everything(),
                        Actor.cli(),
                        List.of(
                                at(sample("P-1", own.id().value(), "2026-03-05 09:00", "0.004")),
                                at(sample("P-2", own.id().value(), "2026-03-10 09:00", "0.02")),
                                at(sample("P-3", elsewhere.id().value(), "2026-03-12 09:00", "0.004"))),
                        evaluator);
        platform = Platform.start(new Platform.Settings("127.0.0.1", 0, store, APRIL, false));
    }

    @AfterAll
    static void stop() {
        platform.close();
        store.close();
    }

    private static String csv(String id, String works, String at, String arsenic) {
        return id + "," + works + ",tap," + at + ",small_centralized,none,砷," + arsenic + ",mg/L,true\n" + id + ","
                + works + ",tap," + at + ",small_centralized,none,浑浊度,0.5,NTU,true\n";
    }

    private static final String HEADER =
            "sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit,limited\n";

    private static Sample sample(String id, String works, String at, String arsenic) {
        String text = HEADER + csv(id, works, at, arsenic);
        return SampleFile.read("test", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), GB)
                .get(0);
    }

    private static Located<Sample> at(Sample s) {
        return new Located<>("test", 1, s);
    }

    private static Session as(String name) throws Exception {
        Session s = new Session(platform);
        assertThat(s.signIn(name, "pw").statusCode()).isEqualTo(303);
        return s;
    }

    @Test
    void theMonthsSamplesAreListedWithTheirVerdictsAndTheFailingClause() throws Exception {
        HttpResponse<String> r = as("officer").get("/quality/samples?month=2026-03");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("水质：水样", "P-1", "P-2", "P-3", "不合格", "合格", "砷 0.02 mg/L", "GB 5749-2022")
                .contains("href=\"/quality/samples/P-2\"");
        HttpResponse<String> byWorks = as("officer")
                .get("/quality/samples?month=2026-03&works=" + own.id().value());
        assertThat(byWorks.body()).contains("P-1", "P-2").doesNotContain("P-3");
        assertThat(as("officer").get("/quality/samples?month=2026-02").body()).contains("本月没有水样");
        assertThat(as("officer")
                        .get("/quality/samples?month=2026-03&verdict=fail")
                        .body())
                .contains("P-2")
                .doesNotContain(">P-1<")
                .contains("verdict=fail");
    }

    @Test
    void aTownshipSeesOnlyItsOwnSamplesAndAnotherRegionsAreNotFound() throws Exception {
        Session staff = as("staff");
        assertThat(staff.get("/quality/samples?month=2026-03").body())
                .contains("P-1")
                .doesNotContain("P-3");
        for (String path : List.of(
                "/quality/samples/P-3",
                "/quality/samples/P-3/compare",
                "/quality/samples?month=2026-03&works=" + elsewhere.id().value(),
                "/quality/samples/'%20OR%201=1%20--",
                "/quality/samples/nothing-here")) {
            HttpResponse<String> r = staff.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("P-3").doesNotContain(elsewhere.name());
        }
    }

    @Test
    void aSamplesPageShowsEveryDeterminationAndTheAlertItRaised() throws Exception {
        HttpResponse<String> r = as("staff").get("/quality/samples/P-2");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("水样 P-2", "入库判定：不合格", "砷", "浑浊度", "0.02 mg/L", "GB 5749-2022")
                .contains("复采复检", "已超期", "2026-03-11 09:00")
                .contains("href=\"/quality/samples/P-2/compare\"");
        assertThat(as("staff").get("/quality/samples/P-1").body()).contains("入库判定：合格");
    }

    @Test
    void aSampleIsComparedWithWhoUsEpaAndEuLimitsAndTheirSources() throws Exception {
        HttpResponse<String> r = as("officer").get("/quality/samples/P-2/compare");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("水样 P-2 与其他标准对照", "GB 5749-2022", "WHO", "EPA", "2020/2184", "0.01");
        // Turbidity, which the standards abroad do not limit, says so once per standard: no limit of "无" below
        // it, and no file id where a clause would be.
        assertThat(r.body()).contains("<strong>无限值要求</strong></td>").doesNotContain("GDWQ-2022", "<br>无<");
        HttpResponse<String> en = new Session(platform).get("/signin");
        assertThat(en.statusCode()).isEqualTo(200);
    }

    @Test
    void passRatesShowNumeratorDenominatorAndTheTargetByWorksTownshipAndPeriod() throws Exception {
        Session officer = as("officer");
        HttpResponse<String> months = officer.get("/quality/pass-rates?year=2026");
        assertThat(months.statusCode()).isEqualTo(200);
        assertThat(months.body())
                .contains("水质：达标率", "目标 95%", "本辖区合计", own.name(), "2026-03", "50.00%", "未达标")
                .contains("<meter");
        HttpResponse<String> quarters = officer.get("/quality/pass-rates?year=2026&span=quarter&by=township");
        assertThat(quarters.body()).contains("2026-Q1", "乡镇");
        assertThat(officer.get("/quality/pass-rates?year=2026&span=year").body())
                .contains("66.67%");
        HttpResponse<String> hostile = officer.get("/quality/pass-rates?year=2026'%20OR%201=1&by=%3Cscript%3E");
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<script>");
        assertThat(as("staff2").get("/quality/pass-rates?year=2026").body()).doesNotContain(own.name());
    }

    @Test
    void alertsShowDeadlinesWhoMustActAndOverdueFirst() throws Exception {
        HttpResponse<String> r = as("staff").get("/quality/alerts");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("水质：预警", "已超期 1 条", "P-2", "复采复检", "2026-03-11 09:00", "status-overdue")
                .contains("转为问题工单");
        assertThat(as("staff2").get("/quality/alerts").body()).doesNotContain("P-2");
        assertThat(as("staff").get("/quality/alerts?show=all").body()).contains("只显示未消除的");
    }

    @Test
    void coverageListsTheWindowsEachWorksMissedWithTheirRule() throws Exception {
        HttpResponse<String> r = as("officer").get("/quality/coverage?period=2026-03");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("水质：抽检覆盖", "抽检足额的时段", own.name(), "2026-03");
        HttpResponse<String> bad = as("officer").get("/quality/coverage?period=%3Cscript%3E");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).doesNotContain("<script>").contains("2026-03");
    }

    @Test
    void everyPageIsInEnglishWhenChosen() throws Exception {
        Session officer = as("officer");
        assertThat(officer.get("/quality/samples?month=2026-03&lang=en").body())
                .contains("Water quality: samples", "Failed determinations");
        assertThat(officer.get("/quality/pass-rates?year=2026").body()).contains("Target 95%", "Whole region");
        assertThat(officer.get("/quality/alerts").body()).contains("Who must act");
        assertThat(officer.get("/quality/coverage?period=2026-03").body()).contains("Windows sampled enough");
        assertThat(officer.get("/quality/samples/P-2/compare").body()).contains("beside other standards");
        assertThat(officer.get("/quality/import").body()).contains("All or nothing");
        assertThat(officer.get("/quality").statusCode()).isEqualTo(303);
    }

    @Test
    void aSampleFileIsImportedAllOrNothingAndOnceOnly() throws Exception {
        Session officer = as("officer");
        String token = TestPlatform.token(officer.get("/quality/import").body());
        byte[] file = (HEADER
                        + csv("I-1", own.id().value(), "2026-03-20 09:00", "0.004")
                        + csv("I-2", own.id().value(), "2026-03-21 09:00", "0.004"))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> first = officer.upload("/quality/import", Map.of("csrf", token), "samples.csv", file);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("入库水样 2 份");
        HttpResponse<String> again = officer.upload("/quality/import", Map.of("csrf", token), "samples.csv", file);
        assertThat(again.body()).contains("入库水样 0 份", "未变 2 份");

        byte[] broken = (HEADER
                        + csv("I-3", own.id().value(), "2026-03-22 09:00", "abc")
                        + csv("P-2", own.id().value(), "2026-03-10 09:00", "0.004"))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = officer.upload("/quality/import", Map.of("csrf", token), "samples.csv", broken);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("文件未导入", "samples.csv", "<td>2:63</td>", "abc");
        assertThat(store.quality().sample(Scope.everything(), "I-3")).isEmpty();

        byte[] changed =
                (HEADER + csv("P-2", own.id().value(), "2026-03-10 09:00", "0.004")).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> conflict =
                officer.upload("/quality/import", Map.of("csrf", token), "changed.csv", changed);
        assertThat(conflict.statusCode()).isEqualTo(422);
        assertThat(conflict.body()).contains("changed.csv", "2:1", "与库中事实或结果不同的水样 P-2");
    }

    @Test
    void aWorkbooksProblemIsShownAtItsCellAndAHostileFileNameIsRefused() throws Exception {
        Session officer = as("officer");
        String token = TestPlatform.token(officer.get("/quality/import").body());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("samples");
            String[] header = HEADER.strip().split(",");
            String[] row = csv("X-1", own.id().value(), "2026-03-23 09:00", "abc")
                    .lines()
                    .findFirst()
                    .orElseThrow()
                    .split(",");
            for (int i = 0; i < header.length; i++) {
                sheet.createRow(0).createCell(i);
            }
            var h = sheet.createRow(0);
            var r = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
                r.createCell(i).setCellValue(row[i]);
            }
            book.write(out);
        }
        HttpResponse<String> refused =
                officer.upload("/quality/import", Map.of("csrf", token), "samples.xlsx", out.toByteArray());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("samples.xlsx · samples", "H2", "abc");

        HttpResponse<String> hostile = officer.upload(
                "/quality/import", Map.of("csrf", token), "<script>alert(1)</script>.csv", new byte[] {1});
        assertThat(hostile.statusCode()).isEqualTo(422);
        assertThat(hostile.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
    }

    @Test
    void importingNeedsTheRightToRecordSamplesAndTheToken() throws Exception {
        Session auditor = as("auditor");
        assertThat(auditor.get("/quality/import").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/quality/samples?month=2026-03").body())
                .contains("P-2")
                .doesNotContain("href=\"/quality/import\"");
        String token = TestPlatform.token(as("officer").get("/quality/import").body());
        assertThat(auditor.upload("/quality/import", Map.of("csrf", token), "samples.csv", new byte[] {1})
                        .statusCode())
                .isEqualTo(403);
        Session staff = as("staff");
        assertThat(staff.upload("/quality/import", Map.of(), "samples.csv", new byte[] {1})
                        .statusCode())
                .isEqualTo(403);
        byte[] outside = (HEADER + csv("O-1", elsewhere.id().value(), "2026-03-20 09:00", "0.004"))
                .getBytes(StandardCharsets.UTF_8);
        String own = TestPlatform.token(staff.get("/quality/import").body());
        HttpResponse<String> r = staff.upload("/quality/import", Map.of("csrf", own), "samples.csv", outside);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("works_id");
        assertThat(store.quality().sample(Scope.everything(), "O-1")).isEmpty();
    }

    @Test
    void onlyACsvOrWorkbookOfPlainNameIsTakenFromAnUpload() {
        assertThat(SampleImport.fileName("C:\\lab\\Samples-2026.CSV")).isEqualTo("Samples-2026.csv");
        assertThat(SampleImport.fileName("../../etc/samples.xlsx")).isEqualTo("samples.xlsx");
        assertThat(SampleImport.fileName("水样.csv")).isEmpty();
        assertThat(SampleImport.fileName(".csv")).isEmpty();
        assertThat(SampleImport.fileName("samples.zip")).isEmpty();
    }
}
