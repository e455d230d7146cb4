package org.ruralwater.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
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

    private Platform platform;
    private Store store;
    private Region demoCounty;
    private Browsing browsing;

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
        // A 401 answer to a wrong password is logged by the browser too, and is no fault of the page.
        browsing = Browsing.of("http://127.0.0.1:" + platform.port(), shots(), "status of 401");
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

    private Page page(String locale) {
        return browsing.page(locale, 800);
    }

    private String url(String path) {
        return browsing.url(path);
    }

    @Test
    void anOfficerSignsInInChineseAndSeesTheirRegion() {
        Page page = page("zh-CN");
        page.navigate(url("/"));
        assertThat(page.url()).endsWith("/signin");
        assertThat(page.title()).isEqualTo("登录 · ruralwater 县级农村供水平台");
        browsing.firstScreen(page, "signin-zh.png");

        page.fill("input[name=name]", "zhang.wei");
        page.fill("input[name=password]", "wrong");
        page.click("button[type=submit]");
        assertThat(page.textContent("[role=alert]")).isEqualTo("用户名或密码错误。");
        browsing.firstScreen(page, "signin-failed-zh.png");

        page.fill("input[name=password]", "凤庆-2026");
        page.click("button[type=submit]");
        assertThat(page.url()).isEqualTo(url("/"));
        assertThat(page.textContent("h1")).isEqualTo("张伟，您好。");
        assertThat(page.textContent(".facts dd:nth-of-type(1)")).isEqualTo("水利（水务）部门");
        assertThat(page.textContent(".facts dd:nth-of-type(2)")).isEqualTo("530521");
        browsing.firstScreen(page, "home-zh.png");

        page.click(".signout button");
        assertThat(page.url()).endsWith("/signin");
        // Nothing the Content-Security-Policy refused, no script error: htmx and the platform's script ran.
        assertThat(browsing.errors()).isEmpty();
        // htmx is a deferred script: wait for the page to have run it rather than race it.
        page.waitForFunction("() => typeof htmx === 'object'");
    }

    @Test
    void theSameSignInPageSpeaksEnglishToAnEnglishBrowser() {
        Page page = page("en-GB");
        page.navigate(url("/signin"));
        assertThat(page.textContent("h1")).isEqualTo("Sign in");
        browsing.firstScreen(page, "signin-en.png");
    }
}
