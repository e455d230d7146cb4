package org.ruralwater.webapp.safewater;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.assurance.monitoring.ProblemType;
import org.ruralwater.assurance.monitoring.RectificationClass;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.webapp.TestPlatform;
import org.ruralwater.webapp.signin.SignInTest.Session;

/**
 * The ledger's roll-ups over HTTP: 动态清零 by region with drill-down, the recurring problems within the
 * settings' window, and the monthly report as a page and as CSV.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerDeskTest {

    private TestPlatform p;
    private Village village;
    private Village otherVillage;
    private final LocalDateTime start =
            LocalDate.now().withDayOfMonth(1).minusMonths(2).atTime(9, 0);

    @BeforeAll
    void start(@TempDir Path dir) {
        p = TestPlatform.start(dir);
        RegionCode first = p.townships.get(0).code();
        village = p.county.villages().stream()
                .filter(v -> v.township().equals(first))
                .findFirst()
                .orElseThrow();
        otherVillage = p.county.villages().stream()
                .filter(v -> v.township().equals(p.townships.get(1).code()))
                .findFirst()
                .orElseThrow();
        // In the first township: one problem fixed, raised again 12 days later and still open (recurring), one
        // raised again 45 days after the first closed (not recurring), one closed and reopened; the second
        // township has none open.
        store(closed("T-a1", "H-1", start, village));
        store(open("T-a2", "H-1", start.plusDays(12), village, 10));
        store(closed("T-b1", "H-2", start, village));
        store(open("T-b2", "H-2", start.plusDays(45), village, 1000));
        store(closed("T-c1", "H-3", start, village)
                .reopen(start.plusDays(6), "officer", "复发")
                .startRectifying(start.plusDays(7), "crew1", "再修"));
        store(closed("T-d1", "H-9", start, otherVillage));
    }

    private Ticket open(String id, String subject, LocalDateTime at, Village v, int days) {
        return new Ticket(
                id,
                ProblemType.FREQUENT_INTERRUPTION,
                subject,
                v.code(),
                RectificationClass.ON_THE_SPOT,
                at.toLocalDate().plusDays(days),
                List.of(new Ticket.Step(Ticket.State.OPEN, at, "12345热线", "停水")));
    }

    private Ticket closed(String id, String subject, LocalDateTime at, Village v) {
        return open(id, subject, at, v, 10)
                .assign(at.plusHours(1), "维修队")
                .startRectifying(at.plusHours(2), "crew1", "抢修")
                .verify(at.plusDays(1), "staff1", "正常")
                .close(at.plusDays(2), "officer", "回访");
    }

    private void store(Ticket t) {
        p.store.tickets().open(Scope.everything(), Actor.cli(), t);
    }

    @AfterAll
    void stop() {
        if (p != null) {
            p.close();
        }
    }

    @Test
    void theCountyPageShowsEachTownshipsOpenAndOverdueProblemsAndWhichAreAtZero() throws Exception {
        Session officer = p.as("officer");
        String page = officer.get("/ledger?lang=zh-CN").body();
        assertThat(page)
                .contains("动态清零", p.townships.get(0).name(), p.townships.get(1).name(), "已清零");
        // Three open in the first township (the re-raised two and the reopened one), two of them overdue.
        assertThat(page).containsPattern("<td class=\"number\">3</td>\\s*<td class=\"number\">2</td>");
        String township = officer.get(
                        "/ledger?region=" + p.townships.get(0).code().value())
                .body();
        assertThat(township).contains(village.name()).doesNotContain(otherVillage.name());
        String villagePage =
                officer.get("/ledger?region=" + village.code().value()).body();
        assertThat(villagePage).contains(village.name());
        String before =
                officer.get("/ledger?on=" + start.toLocalDate().minusDays(1)).body();
        assertThat(before).doesNotContain("<td class=\"number\">3</td>");
    }

    @Test
    void recurringProblemsAreTheReopenedAndThoseRaisedAgainWithinTheSettingsWindow() throws Exception {
        String page = p.as("officer").get("/ledger?lang=zh-CN").body();
        String recurring = page.substring(page.indexOf("问题反复"));
        assertThat(recurring).contains("T-a2", "T-c1", "30 天").doesNotContain("T-b2", "T-b1", "T-d1");
        assertThat(LedgerSettings.bundled().recurrenceWindowDays()).isEqualTo(30);
    }

    @Test
    void anotherRegionAMalformedDayOrMonthIsNotFound() throws Exception {
        Session staff = p.as("staff1");
        for (String path : List.of(
                "/ledger?region=" + p.townships.get(1).code().value(),
                "/ledger?region=" + otherVillage.code().value(),
                "/ledger?region=not-a-code",
                "/ledger?region=539821999000",
                "/ledger?on=yesterday",
                "/ledger/monthly?month=13",
                "/ledger/monthly.csv?region=" + p.townships.get(1).code().value())) {
            HttpResponse<String> r = staff.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain(otherVillage.name());
        }
        assertThat(staff.get("/ledger").body())
                .doesNotContain(p.townships.get(1).name());
    }

    @Test
    void theMonthlyReportCountsTheMonthsTicketsAndTheCountyAtZeroAndComesAsCsv() throws Exception {
        Session officer = p.as("officer");
        YearMonth month = YearMonth.from(start);
        String page = officer.get("/ledger/monthly?lang=zh-CN&month=" + month).body();
        assertThat(page).contains("月度调度", p.countyRegion.name(), "频繁停水断水 5");
        // Reported in the month: a1, a2, b1, c1, d1; closed in it: a1, b1, c1 (before its reopening), d1.
        assertThat(page)
                .containsPattern("<td class=\"number\">5</td>\\s*<td class=\"number\">4</td>\\s*"
                        + "<td class=\"number\">2</td>");
        HttpResponse<String> csv = officer.get("/ledger/monthly.csv?month=" + month);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("\uFEFFcounty,name,month,opened,closed")
                .contains(p.countyRegion.code().value() + "," + p.countyRegion.name() + "," + month + ",5,4,2,");
        String before = officer.get("/ledger/monthly?lang=en&month=" + month.minusMonths(1))
                .body();
        assertThat(before).contains("at zero");
    }

    @Test
    void aCsvCellThatASpreadsheetWouldTakeForAFormulaOrThatHoldsACommaIsQuoted() {
        assertThat(LedgerDesk.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(LedgerDesk.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(LedgerDesk.cell("-1")).isEqualTo("'-1");
        assertThat(LedgerDesk.cell("清源县")).isEqualTo("清源县");
        assertThat(LedgerDesk.cell("")).isEmpty();
    }
}
