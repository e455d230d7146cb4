package org.ruralwater.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
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
import org.ruralwater.store.history.HistoryRecords;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.store.people.Role;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.Platform;

/**
 * The dashboard in a real browser, in Chinese, on a demo county with its year (samples, bills and payments,
 * work orders, tickets; the fee summary counted), on a clock in mid-December of the demo year: the seven
 * indicators, the trend charts drawn by the script (and their numbers in tables), the drill-down to a
 * township. Screenshots go under target/screenshots for a person to look at. Each database's subclass says
 * where the store is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DashboardBrowser {

    private static final Path SHOTS = Path.of("target/screenshots");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 15);

    private Store store;
    private Platform platform;
    private Region county;
    private Browsing browsing;

    /** Where the store is: a fresh, empty location. */
    abstract Location location(Path dir);

    /** The name the screenshots take after {@code dashboard}: empty for the README's own. */
    abstract String shotSuffix();

    /** The demo county's size (two townships from 7,500 households). */
    abstract int households();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        assumeTrue(Chromium.available(), "Chromium is not installed");
        Location location = location(dir);
        County demo = DemoCounty.generate(households(), DemoCounty.DEFAULT_SEED);
        store = Store.open(location);
        store.history()
                .importDemoYear(
                        Scope.everything(),
                        Actor.user("demo"),
                        demo,
                        DemoCounty.DEFAULT_SEED,
                        2026,
                        HistoryRecords.Rules.bundled());
        store.collection().countSummary(TODAY);
        county = demo.regions().atLevel(RegionLevel.COUNTY).get(0);
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
        Clock clock =
                Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        platform = Platform.start(new Platform.Settings("127.0.0.1", 0, store, clock, false, Optional::empty));
        browsing = Browsing.of("http://127.0.0.1:" + platform.port(), SHOTS, "");
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

    private Page signedIn() {
        return browsing.signedIn("county.officer", "清源-2026", "zh-CN", 800);
    }

    @Test
    void anOfficerSeesTheCountysDashboardAndDrillsDownToATownship() {
        Page page = signedIn();
        assertThat(page.textContent("h1")).startsWith(county.name());
        assertThat(page.locator(".indicators:not(.service) .indicator").count()).isEqualTo(3);
        assertThat(page.textContent("#tap_water h2")).isEqualTo("农村自来水普及率");
        assertThat(page.textContent("#tap_water .figure")).endsWith("%");
        assertThat(page.locator(".service .indicator").count()).isEqualTo(4);
        assertThat(page.textContent("#water_quality h2")).isEqualTo("水质达标率");
        assertThat(page.textContent("#water_quality .figure")).endsWith("%");
        assertThat(page.textContent("#fee_collection h2")).isEqualTo("水费收缴率");
        assertThat(page.textContent("#fee_collection .figure")).endsWith("%");
        assertThat(page.textContent("#repair_timeliness h2")).isEqualTo("维修及时率");
        assertThat(page.textContent("#repair_timeliness .figure")).endsWith("%");
        assertThat(page.textContent("#open_problems h2")).isEqualTo("问题动态清零");
        assertThat(page.textContent("#open_problems .figure")).matches("\\d+");
        // The script drew each trend (uPlot's canvas), from the data-trend attribute: no inline script ran.
        page.waitForFunction("() => document.querySelectorAll('.trend canvas').length === 4");
        browsing.shot(page, "dashboard" + shotSuffix() + "-zh.png");

        page.click(".below tbody tr:first-child a");
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.url()).contains("?region=");
        assertThat(page.textContent(".path")).contains(county.name());
        page.waitForFunction("() => document.querySelectorAll('.trend canvas').length === 4");
        browsing.shot(page, "dashboard-township" + shotSuffix() + "-zh.png");
        assertThat(browsing.errors()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheMonthsAreStillInTheirTables() {
        Page page = browsing.watched(browsing.browser()
                .newContext(new Browser.NewContextOptions()
                        .setLocale("zh-CN")
                        .setJavaScriptEnabled(false)
                        .setViewportSize(1280, 800)));
        page.navigate(browsing.url("/signin"));
        page.fill("input[name=name]", "county.officer");
        page.fill("input[name=password]", "清源-2026");
        page.click("button[type=submit]");
        // The click returns once the dashboard's navigation commits; count its parts only once it has loaded.
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator(".trend canvas").count()).isZero();
        assertThat(browsing.errors()).isEmpty();
        assertThat(page.locator("#water_quality .trend-table tbody tr").count()).isEqualTo(12);
        page.click("#fee_collection details summary");
        assertThat(page.textContent("#fee_collection .trend-table tbody tr:first-child"))
                .contains("1 月")
                .contains("%");
    }
}
