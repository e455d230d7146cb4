package org.ruralwater.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.household.Household;
import org.ruralwater.store.access.Scope;
import org.ruralwater.webapp.TestPlatform;
import org.ruralwater.webapp.record.RecordText;

/**
 * The registers, imports, audit log and map in a real browser (Debian's Chromium driven by Playwright), as a
 * county's clerk uses them, with screenshots under target/screenshots for a person to look at.
 */
class PlatformBrowserIT {

    private static final Path SHOTS = Path.of("target/screenshots");

    private static TestPlatform p;
    private static Chromium chromium;
    private static Browser browser;
    private static final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        assumeTrue(Chromium.available(), "Chromium is not installed");
        p = TestPlatform.start(dir);
        Files.createDirectories(SHOTS);
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (p != null) {
            p.close();
        }
    }

    private static Page signedIn(String name) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 860));
        Page page = context.newPage();
        // A refused script or style, or a script error; answers of 4xx to a refused form are no fault of the page.
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") && !m.text().matches(".*status of 4\\d\\d.*")) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(consoleErrors::add);
        page.navigate(p.url("/signin"));
        page.fill("input[name=name]", name);
        page.fill("input[name=password]", "pw");
        page.click("button[type=submit]");
        assertThat(page.url()).isEqualTo(p.url("/"));
        return page;
    }

    private static void shot(Page page, String name) {
        page.screenshot(
                new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
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
        officer.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("audit-zh.png")));
        assertThat(consoleErrors).isEmpty();
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
        assertThat(consoleErrors).isEmpty();
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
        assertThat(consoleErrors).isEmpty();
    }
}
