package org.ruralwater.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.household.Household;
import org.ruralwater.store.Location;
import org.ruralwater.store.access.Scope;
import org.ruralwater.webapp.TestPlatform;
import org.ruralwater.webapp.record.RecordText;

/**
 * The registers, imports, audit log and map in a real browser (Debian's Chromium driven by Playwright), as a
 * county's clerk uses them, with screenshots under target/screenshots for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformBrowserIT {

    /** Where the test's store lies: an embedded one here, PostgreSQL in {@code PlatformOnPostgresqlBrowserIT}. */
    Location location(Path dir) {
        return Location.embeddedIn(dir.resolve("store"));
    }

    /** Where the screenshots go: target/screenshots for H2 (the README's), a folder of their own otherwise. */
    Path shots() {
        return Path.of("target/screenshots");
    }

    private TestPlatform p;
    private Browsing browsing;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        assumeTrue(Chromium.available(), "Chromium is not installed");
        p = TestPlatform.start(location(dir), 10_000);
        // The answers of 4xx to a refused form are logged by the browser, and are no fault of the page.
        browsing = Browsing.of(p.url(""), shots(), "status of 4\\d\\d");
    }

    @AfterAll
    void stop() {
        if (browsing != null) {
            browsing.close();
        }
        if (p != null) {
            p.close();
        }
    }

    private Page signedIn(String name) {
        return browsing.signedIn(name, "pw", "zh-CN", 860);
    }

    private void shot(Page page, String name) {
        browsing.shot(page, name);
    }

    @Test
    void aTownshipClerkCorrectsAHouseholdAfterALocatedErrorAndTheOfficerSeesItInTheAuditLog() {
        Household h = p.county.households().stream()
                .filter(x -> x.village().isWithin(p.townships.get(0).code()))
                .findFirst()
                .orElseThrow();
        Page page = signedIn("staff1");
        page.click("nav.pages a[href='/registers/villages']");
        page.click("nav.tabs a[href='/registers/households']");
        page.fill("input[name=q]", h.id().value());
        page.click("form.search button");
        assertThat(page.textContent(".search .count")).isEqualTo("共 1 条");
        shot(page, "register-search-zh.png");
        page.click("table.register tbody a");
        assertThat(page.textContent("h1 small")).isEqualTo(h.id().value());
        page.click("a.button");
        page.fill("input[name=members]", "80");
        page.click(".record-form button[type=submit]");
        assertThat(page.textContent("[role=alert] p")).startsWith("未保存");
        assertThat(page.textContent("[data-field=members] .field-problem"))
                .contains("整数，范围 1 至 50")
                .contains("80");
        assertThat(page.getAttribute("input[name=members]", "aria-invalid")).isEqualTo("true");
        shot(page, "register-edit-error-zh.png");

        int members = h.members() == 6 ? 5 : 6;
        page.fill("input[name=members]", String.valueOf(members));
        page.click(".record-form button[type=submit]");
        assertThat(page.textContent("[role=status]")).startsWith("已保存");
        assertThat(page.textContent("[data-field=members]")).isEqualTo(String.valueOf(members));
        shot(page, "register-saved-zh.png");

        Page officer = signedIn("officer");
        officer.click("nav.pages a[href='/audit']");
        assertThat(officer.textContent("table.audit tbody tr:first-child"))
                .contains("staff1")
                .contains(h.id().value());
        assertThat(officer.textContent("table.audit tbody tr:first-child .diff"))
                .isEqualTo("人口: " + h.members() + " → " + members);
        // The page's first screen: the newest changes, which is what a clerk looks at.
        browsing.firstScreen(officer, "audit-zh.png");
        assertThat(browsing.errors()).isEmpty();
    }

    @Test
    void anOfficerImportsAFileWithProblemsSeesEachAtItsPlaceAndThenTheCorrectedOne() throws Exception {
        Path exported = Files.createTempDirectory("export");
        p.store.county().export(Scope.everything(), exported);
        String good = Files.readString(exported.resolve("households.csv"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(good.split("\n", -1)));
        List<String> a = new ArrayList<>(RecordText.split(lines.get(2)));
        a.set(3, "0");
        lines.set(2, String.join(",", a));
        List<String> b = new ArrayList<>(RecordText.split(lines.get(5)));
        b.set(4, "piped");
        lines.set(5, String.join(",", b));
        String bad = String.join("\n", lines);

        Page page = signedIn("officer");
        page.click("nav.pages a[href='/imports']");
        page.setInputFiles(
                "input[type=file]",
                new FilePayload("households.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)));
        page.click("form.upload button");
        assertThat(page.textContent("[role=alert]")).contains("未导入任何数据：共 2 个问题");
        assertThat(page.locator("table.problems tbody tr").count()).isEqualTo(2);
        assertThat(page.textContent("table.problems tbody tr:first-child"))
                .contains("households.csv")
                .contains("3:");
        shot(page, "import-problems-zh.png");

        List<String> c = new ArrayList<>(RecordText.split(lines.get(2)));
        c.set(3, "4");
        lines.set(2, String.join(",", c));
        lines.set(5, String.join(",", RecordText.split(good.split("\n", -1)[5])));
        page.setInputFiles(
                "input[type=file]",
                new FilePayload(
                        "households.csv", "text/csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        page.click("form.upload button");
        assertThat(page.textContent("[role=status]")).startsWith("导入完成");
        assertThat(page.textContent("table.history tbody tr:first-child")).contains("officer");
        shot(page, "import-done-zh.png");
        assertThat(browsing.errors()).isEmpty();
    }

    @Test
    void theMapShowsTheCountysVillagesAndWorks() {
        Page page = signedIn("officer");
        page.click("nav.pages a[href='/map']");
        assertThat(page.locator("svg circle.village").count())
                .isGreaterThanOrEqualTo(p.county.villages().size());
        shot(page, "map-zh.png");
        Page staff = signedIn("staff1");
        staff.navigate(p.url("/map"));
        shot(staff, "map-township-zh.png");
        assertThat(browsing.errors()).isEmpty();
    }
}
