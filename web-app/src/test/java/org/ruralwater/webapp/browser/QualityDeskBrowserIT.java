package org.ruralwater.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.qualityrules.demo.DemoSamples;
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

/**
 * The water-quality desk in a real browser: a county officer enters a sample whose arsenic fails, and the page
 * shows the verdict with its limit and clause as soon as the value is entered (htmx), without a page load;
 * saved, the sample is in the month's list with its clause, its page shows the alert it raised (overdue by the
 * desk's clock), and the pass rates and alerts count it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityDeskBrowserIT {

    /** Where the test's store lies: an embedded one here, PostgreSQL in {@code QualityDeskOnPostgresqlBrowserIT}. */
    Location location(Path dir) {
        return Location.embeddedIn(dir.resolve("store"));
    }

    /** Where the screenshots go: target/screenshots for H2 (the README's), a folder of their own otherwise. */
    Path shots() {
        return Path.of("target/screenshots");
    }

    private static final Clock APRIL = Clock.fixed(Instant.parse("2026-04-15T08:00:00Z"), ZoneOffset.UTC);

    private Platform platform;
    private Store store;
    private Browsing browsing;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        assumeTrue(Chromium.available(), "Chromium is not installed");
        store = Store.open(location(dir));
        County demo = DemoCounty.generate(2_000, DemoCounty.DEFAULT_SEED);
        store.county().importCounty(Scope.everything(), Actor.cli(), demo);
        Region county = demo.regions().atLevel(RegionLevel.COUNTY).get(0);
        store.people()
                .add(
                        Scope.everything(),
                        Actor.cli(),
                        new User(
                                "county.officer",
                                county.name() + "水利局",
                                Role.OFFICER,
                                county.code(),
                                Passwords.argon2id().hash("清源-2026")));
        // The demo county's samples of the year, as the history import judges them; the desk's clock in April.
        Path year = Files.createDirectories(dir.resolve("year"));
        DemoSamples.write(demo, DemoCounty.DEFAULT_SEED, 2026, year);
        Standard gb = Standards.bundled().get("GB5749-2022");
        List<Located<Sample>> samples = new ArrayList<>();
        for (Sample s : SampleFile.read(year.resolve(DemoSamples.FILE), gb)) {
            samples.add(new Located<>(DemoSamples.FILE, 0, s));
        }
        store.quality()
                .importSamples(
                        Scope.everything(),
                        Actor.cli(),
                        samples,
                        Evaluator.of(gb).asTested());
        platform = Platform.start(new Platform.Settings("127.0.0.1", 0, store, APRIL, false));
        browsing = Browsing.of("http://127.0.0.1:" + platform.port(), shots(), "");
    }

    @AfterAll
    void stop() {
        if (browsing != null) {
            browsing.close();
        }
        if (platform != null) {
            platform.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aFailingSampleShowsItsVerdictLimitAndClauseAsItIsEntered() {
        Page page = browsing.signedIn("county.officer", "清源-2026", "zh-CN", 900);
        String base = browsing.url("");
        page.navigate(base + "/quality/sample");
        page.waitForFunction("() => typeof htmx === 'object'");
        assertThat(page.textContent("h1")).isEqualTo("水质：录入水样");
        page.selectOption("select[name=works]", new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.selectOption("select[name=supply]", "small_centralized");
        page.selectOption("select[name=disinfection]", "none");
        page.fill("input[name=sampled_at]", "2026-03-02T09:10");
        page.locator("input[name=indicator]").nth(0).fill("砷");
        page.locator("input[name=unit]").nth(0).fill("mg/L");
        page.locator("input[name=value]").nth(0).fill("0.02");
        page.locator("input[name=value]").nth(0).dispatchEvent("change");
        // Each change posts the form; the answer to the last one (the whole row entered) is the verdict.
        page.waitForFunction("() => (document.querySelector('#verdict h2') || {}).textContent === '水样判定：不合格'");
        assertThat(page.textContent("#verdict h2")).isEqualTo("水样判定：不合格");
        assertThat(page.textContent("#verdict table.verdicts")).contains("砷", "0.01", "GB 5749-2022");
        assertThat(page.url()).isEqualTo(base + "/quality/sample"); // no page load: htmx swapped the verdict in
        assertThat(page.textContent("#verdict .alerts")).contains("复采复检：砷，截止 2026-03-03 09:10", "水质较差");
        browsing.shot(page, "quality-sample-zh.png");
        assertThat(browsing.errors()).isEmpty();
    }

    @Test
    void aFailingSampleSavedIsListedWithItsClauseAndTheAlertItRaised() {
        Page page = browsing.signedIn("county.officer", "清源-2026", "zh-CN", 900);
        String base = browsing.url("");
        page.navigate(base + "/quality/sample");
        page.waitForFunction("() => typeof htmx === 'object'");
        page.fill("input[name=sample_id]", "BR-2026-031");
        page.selectOption("select[name=works]", new com.microsoft.playwright.options.SelectOption().setIndex(1));
        String works = page.inputValue("select[name=works]");
        page.selectOption("select[name=supply]", "small_centralized");
        page.selectOption("select[name=disinfection]", "none");
        page.fill("input[name=sampled_at]", "2026-03-20T09:10");
        page.locator("input[name=indicator]").nth(0).fill("砷");
        page.locator("input[name=unit]").nth(0).fill("mg/L");
        page.locator("input[name=value]").nth(0).fill("0.03");
        page.locator("input[name=indicator]").nth(1).fill("浑浊度");
        page.locator("input[name=unit]").nth(1).fill("NTU");
        page.locator("input[name=value]").nth(1).fill("0.6");
        page.locator("input[name=value]").nth(1).dispatchEvent("change");
        page.waitForFunction("() => (document.querySelector('#verdict h2') || {}).textContent === '水样判定：不合格'");

        page.click("button[formaction='/quality/samples']");
        page.waitForURL("**/quality/samples/BR-2026-031?saved=new");
        assertThat(page.textContent("p.saved")).contains("已保存");
        assertThat(page.textContent("h2")).contains("入库判定：不合格");
        assertThat(page.textContent("table.verdicts")).contains("砷", "0.03 mg/L", "GB 5749-2022");
        assertThat(page.textContent("table.alerts")).contains("已超期", "复采复检", "2026-03-21 09:10");
        browsing.shot(page, "quality-stored-zh.png");

        page.navigate(base + "/quality/samples?month=2026-03&works=" + works);
        assertThat(page.textContent("table.samples")).contains("BR-2026-031", "不合格", "砷 0.03 mg/L", "GB 5749-2022");
        browsing.shot(page, "quality-samples-zh.png");

        page.navigate(base + "/quality/alerts");
        assertThat(page.textContent("table.alerts")).contains("BR-2026-031", "已超期");
        browsing.shot(page, "quality-alerts-zh.png");

        page.navigate(base + "/quality/pass-rates?year=2026&span=quarter");
        assertThat(page.textContent("main")).contains("目标 95%", "2026-Q1");
        browsing.shot(page, "quality-pass-rates-zh.png");

        page.navigate(base + "/quality/samples/BR-2026-031/compare");
        assertThat(page.textContent("table.compare")).contains("WHO", "0.01");
        browsing.shot(page, "quality-compare-zh.png");
        assertThat(browsing.errors()).isEmpty();
    }
}
