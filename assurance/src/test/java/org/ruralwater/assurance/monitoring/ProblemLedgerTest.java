package org.ruralwater.assurance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.region.RegionCode;

class ProblemLedgerTest {

    private static final RegionCode VILLAGE = RegionCode.parse("539821101201");
    private static final RegionCode COUNTY = RegionCode.parse("539821");
    private static final RegionCode OTHER_COUNTY = RegionCode.parse("539822");
    private final DeadlineRules shanxi = DeadlineRules.shanxi2023();

    /** The test clock: days of 2023 at 09:00. */
    private static LocalDateTime day(int month, int d) {
        return LocalDateTime.of(2023, month, d, 9, 0);
    }

    private Ticket opened(String id, String subject, RectificationClass c, LocalDateTime at) {
        return Ticket.open(id, ProblemType.FREQUENT_INTERRUPTION, subject, VILLAGE, c, shanxi, at, "管水员 张三", "停水三次");
    }

    private Ticket closed(Ticket t, int month, int d) {
        return t.assign(day(month, d), "维修组")
                .startRectifying(day(month, d), "维修组", "更换减压阀")
                .verify(day(month, d + 1), "乡镇水利站", "回访正常")
                .close(day(month, d + 1), "县水利局", "照片 3 张, 回访电话记录");
    }

    @Test
    void aTicketGoesThroughItsLifecycleAndClosesWithEvidence() {
        Ticket t = closed(opened("T1", "539821101201-0003", RectificationClass.ON_THE_SPOT, day(7, 1)), 7, 3);
        assertThat(t.state()).isEqualTo(Ticket.State.CLOSED);
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2023, 8, 31));
        assertThat(t.history())
                .extracting(Ticket.Step::state)
                .containsExactly(
                        Ticket.State.OPEN,
                        Ticket.State.ASSIGNED,
                        Ticket.State.RECTIFYING,
                        Ticket.State.VERIFIED,
                        Ticket.State.CLOSED);
        assertThat(t.closedAt()).contains(day(7, 4));
    }

    @Test
    void stepsOutOfOrderOrWithoutEvidenceAreRefused() {
        Ticket t = opened("T1", "H3", RectificationClass.STAGED, day(7, 1));
        assertThatThrownBy(() -> t.verify(day(7, 2), "站", "ok"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ticket T1 is OPEN; it cannot go to VERIFIED from there");
        Ticket verified =
                t.assign(day(7, 2), "组").startRectifying(day(7, 2), "组", "plan").verify(day(7, 3), "站", "ok");
        assertThatThrownBy(() -> verified.close(day(7, 4), "局", " ")).hasMessageContaining("without evidence");
        assertThatThrownBy(() -> t.assign(day(6, 30), "组")).hasMessageContaining("cannot come before the last one");
    }

    @Test
    void aReopenedTicketIsRecurringAndSoIsTheSameProblemAgainWithinTheWindow() {
        Ticket reopened = closed(opened("T1", "H3", RectificationClass.ON_THE_SPOT, day(7, 1)), 7, 3)
                .reopen(day(7, 20), "管水员 张三", "又停水");
        assertThat(reopened.state()).isEqualTo(Ticket.State.ASSIGNED);
        assertThat(reopened.wasReopened()).isTrue();
        Ticket first = closed(opened("T2", "H7", RectificationClass.ON_THE_SPOT, day(7, 1)), 7, 2);
        Ticket again = opened("T3", "H7", RectificationClass.ON_THE_SPOT, day(8, 15));
        Ticket unrelated = opened("T4", "H9", RectificationClass.ON_THE_SPOT, day(8, 15));
        ProblemLedger ledger = new ProblemLedger(List.of(reopened, first, again, unrelated));
        assertThat(ledger.recurring(90)).extracting(Ticket::id).containsExactly("T1", "T3");
        assertThat(ledger.recurring(30)).extracting(Ticket::id).containsExactly("T1");
    }

    @Test
    void overdueMeansPastTheDeadlineAndNotClosed() {
        Ticket open = opened("T1", "H3", RectificationClass.ON_THE_SPOT, day(7, 1));
        Ticket done = closed(opened("T2", "H4", RectificationClass.ON_THE_SPOT, day(7, 1)), 9, 10);
        ProblemLedger ledger = new ProblemLedger(List.of(open, done));
        assertThat(ledger.overdue(LocalDate.of(2023, 8, 31))).isEmpty();
        assertThat(ledger.overdue(LocalDate.of(2023, 9, 1)))
                .extracting(Ticket::id)
                .containsExactly("T1");
    }

    @Test
    void aCountyIsAtZeroWhenNothingIsOpenOnTheDay() {
        Ticket t = closed(opened("T1", "H3", RectificationClass.ON_THE_SPOT, day(7, 1)), 7, 10);
        ProblemLedger ledger = new ProblemLedger(List.of(t));
        assertThat(ledger.countiesAtZero(List.of(COUNTY, OTHER_COUNTY), LocalDate.of(2023, 7, 5)))
                .containsExactly(OTHER_COUNTY);
        assertThat(ledger.countiesAtZero(List.of(COUNTY, OTHER_COUNTY), LocalDate.of(2023, 7, 31)))
                .containsExactly(COUNTY, OTHER_COUNTY);
    }

    @Test
    void theMonthlyReportCountsOpenedClosedOpenAndOverdue() {
        Ticket a = closed(opened("T1", "H3", RectificationClass.ON_THE_SPOT, day(7, 1)), 7, 10);
        Ticket b = opened("T2", "H4", RectificationClass.ON_THE_SPOT, day(7, 20));
        Ticket c = opened("T3", "H5", RectificationClass.STAGED, day(9, 2));
        List<ProblemLedger.MonthRow> july = new ProblemLedger(List.of(a, b, c)).monthly(YearMonth.of(2023, 7));
        assertThat(july).singleElement().satisfies(r -> {
            assertThat(r.county()).isEqualTo(COUNTY);
            assertThat(List.of(r.opened(), r.closed(), r.openAtMonthEnd(), r.overdueAtMonthEnd()))
                    .containsExactly(2L, 1L, 1L, 0L);
            assertThat(r.openedByType()).containsExactly(Map.entry(ProblemType.FREQUENT_INTERRUPTION, 2L));
        });
        List<ProblemLedger.MonthRow> september = new ProblemLedger(List.of(a, b, c)).monthly(YearMonth.of(2023, 9));
        assertThat(september.get(0).overdueAtMonthEnd()).isEqualTo(1L); // T2 was due 31 August
    }

    @Test
    void deadlinesCanBeDaysAfterOpeningInAnAgencysOwnRules() {
        DeadlineRules days = new DeadlineRules(
                "COUNTY",
                "test",
                List.of(new DeadlineRules.Rule(RectificationClass.ON_THE_SPOT, Optional.empty(), Optional.of(7))));
        assertThat(days.deadline(RectificationClass.ON_THE_SPOT, LocalDate.of(2026, 12, 28)))
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThatThrownBy(() -> days.deadline(RectificationClass.STAGED, LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("no rule for STAGED");
    }
}
