package org.ruralwater.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

/**
 * The water-quality desk in a real browser: a county officer enters a sample whose arsenic fails, and the page
 * shows the verdict with its limit and clause as soon as the value is entered (htmx), without a page load.
 */
class QualityDeskBrowserIT {

    private static final Path SHOTS = Path.of("target/screenshots");

    private static Platform platform;
    private static Store store;
    private static Chromium chromium;
    private static Browser browser;
    private static final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        assumeTrue(Chromium.available(), "Chromium is not installed");
        store = Store.open(Location.embeddedIn(dir.resolve("store")));
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
        platform = Platform.start(Platform.Settings.local(0, store));
        Files.createDirectories(SHOTS);
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
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
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(consoleErrors::add);
        String base = "http://127.0.0.1:" + platform.port();
        page.navigate(base + "/signin");
        page.fill("input[name=name]", "county.officer");
        page.fill("input[name=password]", "清源-2026");
        page.click("button[type=submit]");
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
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("quality-sample-zh.png"))
                .setFullPage(true));
        assertThat(consoleErrors).isEmpty();
    }
}
