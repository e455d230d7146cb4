package org.ruralwater.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.assurance.demo.DemoAssurance;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.qualityrules.demo.DemoSamples;
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
 * A problem ticket through its lifecycle in a real browser, each step by a role allowed to take it: the township
 * station reports and assigns it, the township's crew rectifies it, the station verifies it on site, the county
 * officer closes it (销号). The village's water manager sees no close button and is refused when posting one; the
 * auditor reads every step and can change nothing. A screenshot per step under target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketLifecycleBrowserIT {

    /** Where the test's store lies: an embedded one here, PostgreSQL in {@code TicketLifecycleOnPostgresqlBrowserIT}. */
    Location location(Path dir) {
        return Location.embeddedIn(dir.resolve("store"));
    }

    /** Where the screenshots go: target/screenshots for H2 (the README's), a folder of their own otherwise. */
    Path shots() {
        return Path.of("target/screenshots");
    }

    private static final String PASSWORD = "清源-2026";

    private Platform platform;
    private Store store;
    private Browsing browsing;
    private Village village;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        assumeTrue(Chromium.available(), "Chromium is not installed");
        store = Store.open(location(dir));
        County demo = DemoCounty.generate(2_000, DemoCounty.DEFAULT_SEED);
        store.county().importCounty(Scope.everything(), Actor.cli(), demo);
        Path year = dir.resolve("year");
        DemoAssurance.write(demo, DemoCounty.DEFAULT_SEED, 2026, year.resolve("assurance"));
        DemoSamples.write(demo, DemoCounty.DEFAULT_SEED, 2026, year.resolve("quality"));
        store.history().importFolder(Scope.everything(), Actor.cli(), year, HistoryRecords.Rules.bundled());
        Region county = demo.regions().atLevel(RegionLevel.COUNTY).get(0);
        Region township = demo.regions().childrenOf(county.code()).get(0);
        village = demo.villages().stream()
                .filter(v -> v.township().equals(township.code()))
                .findFirst()
                .orElseThrow();
        String hash = Passwords.argon2id().hash(PASSWORD);
        for (User u : List.of(
                new User("county.officer", county.name() + "水利局", Role.OFFICER, county.code(), hash),
                new User("county.auditor", county.name() + "审计", Role.AUDITOR, county.code(), hash),
                new User("t1.staff", township.name() + "水务站", Role.TOWNSHIP_STAFF, township.code(), hash),
                new User("t1.crew", township.name() + "维修队", Role.CREW_MEMBER, township.code(), hash),
                new User("t1.manager", village.name() + "管水员", Role.WATER_MANAGER, village.code(), hash))) {
            store.people().add(Scope.everything(), Actor.cli(), u);
        }
        platform = Platform.start(Platform.Settings.local(0, store));
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

    private String base() {
        return browsing.url("");
    }

    /** A browser of its own for the user, signed in. */
    private Page signedIn(String name, String locale) {
        return browsing.signedIn(name, PASSWORD, locale, 900);
    }

    private void shot(Page page, String name) {
        browsing.shot(page, name);
    }

    /** The step's form on the ticket page: its text filled and its button pressed. */
    private void take(Page page, String step, String text) {
        page.fill("form.step-" + step + " input[name=text]", text);
        page.click("form.step-" + step + " button[type=submit]");
        page.waitForSelector("p.saved");
    }

    @Test
    void aTicketIsTakenThroughItsLifecycleByTheRolesAllowedAndTheOthersAreRefused() {
        Page staff = signedIn("t1.staff", "zh-CN");
        staff.navigate(base() + "/tickets");
        assertThat(staff.textContent("h1")).isEqualTo("问题清单");
        shot(staff, "tickets-zh.png");
        staff.click("a.button[href='/tickets/new']");
        staff.selectOption("select[name=type]", "frequent_interruption");
        staff.selectOption("select[name=village]", village.code().value());
        staff.selectOption("select[name=rectification]", "on_the_spot");
        staff.fill("input[name=description]", "三组近一周每天停水四小时");
        shot(staff, "ticket-new-zh.png");
        staff.click("form.record-form button[type=submit]");
        staff.waitForURL(url -> url.contains("/tickets/T"));
        String ticket = staff.url();
        assertThat(staff.textContent("h1")).contains("频繁停水断水", "已登记");
        assertThat(staff.locator("form.step-close").count()).isZero();
        take(staff, "assign", "塘边镇维修队");
        assertThat(staff.textContent("h1")).contains("已交办");

        Page crew = signedIn("t1.crew", "zh-CN");
        crew.navigate(ticket);
        assertThat(crew.locator("form.step").count()).isEqualTo(1);
        take(crew, "rectify", "更换三组支管减压阀");
        assertThat(crew.textContent("h1")).contains("整改中");

        staff.navigate(ticket);
        take(staff, "verify", "现场核查：连续三日供水正常");
        assertThat(staff.textContent("h1")).contains("已核验");

        Page manager = signedIn("t1.manager", "zh-CN");
        manager.navigate(ticket);
        assertThat(manager.locator("form.step-close").count()).isZero();
        assertThat(manager.textContent("main")).contains("您的角色在此状态下不能办理该工单");
        APIResponse refused = post(manager, ticket + "/close", "我来销号");
        assertThat(refused.status()).isEqualTo(403);
        shot(manager, "ticket-manager-zh.png");

        Page officer = signedIn("county.officer", "zh-CN");
        officer.navigate(ticket);
        assertThat(officer.locator("form.step-rectify").count()).isZero();
        take(officer, "close", "回访三户，供水正常；整改照片已存档");
        assertThat(officer.textContent("h1")).contains("已销号");
        assertThat(officer.locator("table.ticket-history tbody tr").count()).isEqualTo(5);
        assertThat(officer.textContent("table.ticket-history"))
                .contains("t1.staff", "塘边镇维修队", "t1.crew", "更换三组支管减压阀", "county.officer");
        shot(officer, "ticket-history-zh.png");

        Page auditor = signedIn("county.auditor", "zh-CN");
        auditor.navigate(ticket);
        assertThat(auditor.textContent("table.ticket-history")).contains("回访三户");
        assertThat(auditor.locator("form.step").count()).isZero();
        assertThat(auditor.locator("a.button[href='/tickets/new']").count()).isZero();
        assertThat(post(auditor, ticket + "/reopen", "审计重开").status()).isEqualTo(403);
        shot(auditor, "ticket-auditor-zh.png");

        officer.navigate(base() + "/ledger");
        shot(officer, "ledger-zero-zh.png");
        officer.navigate(base() + "/ledger/monthly?month=2026-06");
        shot(officer, "ledger-monthly-zh.png");
        officer.navigate(base() + "/screening");
        shot(officer, "screening-zh.png");
        officer.navigate(base() + "/screening?region=" + village.code().value());
        browsing.firstScreen(officer, "screening-village-zh.png");
        officer.navigate(base() + "/assessment?year=2026");
        shot(officer, "assessment-zh.png");
        officer.navigate(base() + "/tickets?state=open");
        shot(officer, "tickets-open-zh.png");
        officer.navigate(ticket + "?lang=en");
        assertThat(officer.textContent("h1")).contains("frequent interruptions", "closed");
        shot(officer, "ticket-history-en.png");
        assertThat(browsing.errors()).isEmpty();
    }

    /** A step's form posted by the page's user with the session's token, as a hand-made request would. */
    private APIResponse post(Page page, String url, String text) {
        String token = page.getAttribute("meta[name=csrf-token]", "content");
        return page.context()
                .request()
                .post(
                        url,
                        RequestOptions.create()
                                .setForm(FormData.create().set("csrf", token).set("text", text)));
    }
}
