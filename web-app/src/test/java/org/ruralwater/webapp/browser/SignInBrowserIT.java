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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
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
 * Signing in with a real browser (Debian's Chromium driven by Playwright): the page a county officer sees,
 * with its screenshots kept under target/screenshots for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserIT {

    private Path shots = Path.of("target/screenshots");

    private Platform platform;
    private Store store;
    private Region demoCounty;
    private Chromium chromium;
    private Browser browser;
    private final List<String> consoleErrors = new ArrayList<>();

    /** Where the store is: the embedded H2 store here, PostgreSQL in the subclass. */
    Location location(Path dir) {
        return Location.embeddedIn(dir.resolve("store"));
    }

    /** Where the screenshots go: target/screenshots for H2 (the README's), a folder of their own otherwise. */
    Path shots() {
        return Path.of("target/screenshots");
    }

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        // CI installs Chromium (.ci/run); a machine without it still builds, without this test.
        assumeTrue(Chromium.available(), "Chromium is not installed");
        shots = shots();
        Passwords passwords = Passwords.argon2id();
        store = Store.open(location(dir));
        store.people()
                .add(
                        Scope.everything(),
                        Actor.cli(),
                        new User(
                                "zhang.wei",
                                "张伟",
                                Role.OFFICER,
                                RegionCode.parse("530521"),
                                passwords.hash("凤庆-2026")));
        County demo = DemoCounty.generate(10_000, DemoCounty.DEFAULT_SEED);
        store.county().importCounty(Scope.everything(), Actor.cli(), demo);
        demoCounty = demo.regions().atLevel(RegionLevel.COUNTY).get(0);
        User officer = new User(
                "county.officer",
                demoCounty.name() + "水利局",
                Role.OFFICER,
                demoCounty.code(),
                passwords.hash("清源-2026"));
        store.people().add(Scope.everything(), Actor.cli(), officer);
        platform = Platform.start(Platform.Settings.local(0, store));
        Files.createDirectories(shots);
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    void stop() {
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

    private Page page(String locale) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 800));
        Page page = context.newPage();
        // A refused script or style, or a script error; a 401 answer to a wrong password is logged too, and
        // is no fault of the page.
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") && !m.text().contains("status of 401")) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(consoleErrors::add);
        return page;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + platform.port() + path;
    }

    @Test
    void anOfficerSignsInInChineseAndSeesTheirRegion() {
        Page page = page("zh-CN");
        page.navigate(url("/"));
        assertThat(page.url()).endsWith("/signin");
        assertThat(page.title()).isEqualTo("登录 · ruralwater 县级农村供水平台");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("signin-zh.png")));

        page.fill("input[name=name]", "zhang.wei");
        page.fill("input[name=password]", "wrong");
        page.click("button[type=submit]");
        assertThat(page.textContent("[role=alert]")).isEqualTo("用户名或密码错误。");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("signin-failed-zh.png")));

        page.fill("input[name=password]", "凤庆-2026");
        page.click("button[type=submit]");
        assertThat(page.url()).isEqualTo(url("/"));
        assertThat(page.textContent("h1")).isEqualTo("张伟，您好。");
        assertThat(page.textContent(".facts dd:nth-of-type(1)")).isEqualTo("水利（水务）部门");
        assertThat(page.textContent(".facts dd:nth-of-type(2)")).isEqualTo("530521");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("home-zh.png")));

        page.click(".signout button");
        assertThat(page.url()).endsWith("/signin");
        // Nothing the Content-Security-Policy refused, no script error: htmx and the platform's script ran.
        assertThat(consoleErrors).isEmpty();
        // htmx is a deferred script: wait for the page to have run it rather than race it.
        page.waitForFunction("() => typeof htmx === 'object'");
    }

    @Test
    void theSameSignInPageSpeaksEnglishToAnEnglishBrowser() {
        Page page = page("en-GB");
        page.navigate(url("/signin"));
        assertThat(page.textContent("h1")).isEqualTo("Sign in");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("signin-en.png")));
    }
}
