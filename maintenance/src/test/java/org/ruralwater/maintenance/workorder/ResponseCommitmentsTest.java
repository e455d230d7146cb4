package org.ruralwater.maintenance.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.maintenance.SmallCounty;

class ResponseCommitmentsTest {

    private static final WorkCalendar CHINA = WorkCalendar.china();
    private static final ResponseCommitments EXAMPLE = ResponseCommitments.countyExample();

    private static LocalDateTime t(String text) {
        return LocalDateTime.parse(text);
    }

    private static WorkOrder order(String id, String severity, String reportedAt) {
        return WorkOrder.reported(
                id,
                "PIPE-7",
                SmallCounty.TAOQING,
                severity,
                Origin.HOTLINE,
                t(reportedAt),
                "hotline 12345",
                "burst service pipe at the school");
    }

    /** The example's windows, with one tier on the working clock. */
    private static ResponseCommitments working(String hours) {
        return new ResponseCommitments(
                "TEST",
                "test",
                List.of(WorkingWindow.parse("14:30-17:30"), WorkingWindow.parse("08:30-12:00")),
                24,
                "test",
                List.of(new ResponseCommitments.Tier(
                        "planned", Optional.empty(), new BigDecimal(hours), HourCount.WORKING, "test")));
    }

    @Test
    void calendarHoursRunThroughNightsAndHolidays() {
        WorkOrder w = order("WO-1", "minor", "2026-09-30T20:00");

        assertThat(EXAMPLE.onSiteDeadline(w, CHINA)).contains(t("2026-09-30T22:00"));
        assertThat(EXAMPLE.repairDeadline(w, CHINA)).isEqualTo(t("2026-10-01T08:00"));
        assertThat(EXAMPLE.repairDeadline(order("WO-2", "major", "2026-09-30T20:00"), CHINA))
                .isEqualTo(t("2026-10-02T20:00"));
    }

    @Test
    void workingHoursSkipNightsLunchBreaksAndTheNationalDayHolidays() {
        // 16:00–17:30 on 30 September (90 min), 1–7 October are holidays, 8 October gives 390 min, and the
        // 240 left on Friday 9 October end at 15:00.
        WorkOrder w = order("WO-1", "planned", "2026-09-30T16:00");

        assertThat(working("12").repairDeadline(w, CHINA)).isEqualTo(t("2026-10-09T15:00"));
    }

    @Test
    void aMakeUpWorkingSaturdayCountsAsAWorkingDay() {
        // Reported on Friday night; Saturday 10 October 2026 is a make-up working day (国庆节调休).
        WorkOrder w = order("WO-1", "planned", "2026-10-09T22:00");

        assertThat(working("2").repairDeadline(w, CHINA)).isEqualTo(t("2026-10-10T10:30"));
        assertThat(working("2").repairDeadline(order("WO-2", "planned", "2026-10-17T09:00"), CHINA))
                .as("Saturday 17 October is a plain rest day")
                .isEqualTo(t("2026-10-19T10:30"));
    }

    @Test
    void aWorkingHoursDeadlineAcrossThe2027SpringFestivalIsProvisional() {
        // Issue 16. No notice for 2027 yet: by the holiday law 除夕 (Friday 5 February) to 初三 (Monday 8th) are
        // off, and 初一 and 初二 on the weekend are made up on Tuesday 9th and Wednesday 10th. 16:00-17:30 on
        // Thursday 4 February gives 90 min, Thursday 11th 390 min, and the 240 left end on Friday 12th at 15:00.
        WorkOrder w = order("WO-1", "planned", "2027-02-04T16:00");

        Deadline due = working("12").repairDue(w, CHINA);

        assertThat(due.at()).isEqualTo(t("2027-02-12T15:00"));
        assertThat(due.isProvisional()).isTrue();
        assertThat(due.provisionalYears()).containsExactly(2027);
        assertThat(due).hasToString("2027-02-12T15:00 (provisional: 2027)");
        assertThat(working("12").repairDeadline(w, CHINA)).isEqualTo(due.at());
    }

    @Test
    void aDeadlineWithinNoticeYearsOrOnTheCalendarClockIsFirm() {
        WorkOrder w = order("WO-1", "planned", "2026-09-30T16:00");
        WorkOrder acrossNewYear = order("WO-2", "major", "2026-12-31T20:00");

        assertThat(working("12").repairDue(w, CHINA))
                .isEqualTo(Deadline.firm(t("2026-10-09T15:00")))
                .hasToString("2026-10-09T15:00");
        // Calendar hours do not depend on the work calendar, so even a 2027 deadline is firm.
        assertThat(EXAMPLE.repairDue(acrossNewYear, CHINA)).isEqualTo(Deadline.firm(t("2027-01-02T20:00")));
        assertThat(EXAMPLE.onSiteDue(acrossNewYear, CHINA)).contains(Deadline.firm(t("2026-12-31T22:00")));
    }

    @Test
    void aWorkingHoursDeadlineThatReachesIntoAProvisionalYearSaysSo() {
        // Reported on Thursday 31 December 2026 at 16:00: 90 min that day, 元旦 on Friday 1 January 2027, and the
        // 30 min left end on Monday 4 January at 09:00.
        Deadline due = working("2").repairDue(order("WO-1", "planned", "2026-12-31T16:00"), CHINA);

        assertThat(due).isEqualTo(new Deadline(t("2027-01-04T09:00"), new TreeSet<>(List.of(2027))));
    }

    @Test
    void aReportInTheLunchBreakStartsCountingAtTheAfternoonWindow() {
        assertThat(working("1").repairDeadline(order("WO-1", "planned", "2026-11-23T12:30"), CHINA))
                .isEqualTo(t("2026-11-23T15:30"));
        assertThat(working("3.5").repairDeadline(order("WO-2", "planned", "2026-11-23T08:30"), CHINA))
                .as("a deadline that uses a window exactly ends at the window's end")
                .isEqualTo(t("2026-11-23T12:00"));
        assertThat(working("0.25").repairDeadline(order("WO-3", "planned", "2026-11-23T17:20"), CHINA))
                .isEqualTo(t("2026-11-24T08:35"));
    }

    @Test
    void breachesAreFoundAtAnyInstantKnowingOnlyWhatHadHappenedByThen() {
        WorkOrder late = order("WO-1", "minor", "2026-11-23T08:00").arrived(t("2026-11-23T11:00"));
        WorkOrder fine = order("WO-2", "minor", "2026-11-23T08:00")
                .arrived(t("2026-11-23T09:00"))
                .repaired(t("2026-11-23T15:00"));
        WorkOrder future = order("WO-3", "minor", "2026-11-24T08:00");
        List<WorkOrder> all = List.of(fine, future, late);

        assertThat(EXAMPLE.breaches(all, t("2026-11-23T09:30"), CHINA)).isEmpty();
        assertThat(EXAMPLE.breaches(all, t("2026-11-23T10:30"), CHINA))
                .containsExactly(new Breach(
                        "WO-1", Breach.Kind.ON_SITE, "minor", t("2026-11-23T10:00"), Duration.ofMinutes(30), true));
        assertThat(EXAMPLE.breaches(all, t("2026-11-23T21:00"), CHINA))
                .containsExactly(
                        new Breach(
                                "WO-1",
                                Breach.Kind.ON_SITE,
                                "minor",
                                t("2026-11-23T10:00"),
                                Duration.ofHours(1),
                                false),
                        new Breach(
                                "WO-1", Breach.Kind.REPAIR, "minor", t("2026-11-23T20:00"), Duration.ofHours(1), true));
    }

    @Test
    void aRepairRecordedWithoutAnArrivalCountsAsTheArrival() {
        WorkOrder w = order("WO-1", "general", "2026-11-23T08:00").repaired(t("2026-11-23T09:00"));

        assertThat(w.onSiteAt()).contains(t("2026-11-23T09:00"));
        assertThat(w.isOpen(t("2026-11-23T08:30"))).isTrue();
        assertThat(w.isOpen(t("2026-11-23T09:00"))).isFalse();
        assertThat(EXAMPLE.breaches(List.of(w), t("2026-11-24T12:00"), CHINA)).isEmpty();
    }

    @Test
    void timelinessCountsRepairsDueInThePeriodAndTheOpenOnesAsLate() {
        List<WorkOrder> orders = List.of(
                order("WO-1", "minor", "2026-11-02T08:00").repaired(t("2026-11-02T19:00")),
                order("WO-2", "minor", "2026-11-02T08:00").repaired(t("2026-11-02T21:00")),
                order("WO-3", "major", "2026-11-10T08:00"),
                order("WO-4", "general", "2026-11-30T12:00").repaired(t("2026-11-30T13:00")),
                order("WO-5", "minor", "2026-10-20T08:00").repaired(t("2026-10-20T09:00")));

        Timeliness rate = EXAMPLE.timeliness(orders, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CHINA);

        assertThat(rate).isEqualTo(new Timeliness(1, 3));
        assertThat(rate.percent()).contains(new BigDecimal("33.33"));
        assertThat(new Timeliness(0, 0).percent()).isEmpty();
        assertThatThrownBy(() -> new Timeliness(2, 1)).hasMessageContaining("met 2 of 1");
    }

    @Test
    void aPlannedOutageNeedsTwentyFourHoursNotice() {
        PlannedOutage told = new PlannedOutage(
                "OUT-1",
                List.of(SmallCounty.TAOQING),
                t("2026-11-25T09:00"),
                t("2026-11-25T15:00"),
                t("2026-11-24T09:00"));
        PlannedOutage late = new PlannedOutage(
                "OUT-2",
                List.of(SmallCounty.TAOQING),
                t("2026-11-25T09:00"),
                t("2026-11-25T15:00"),
                t("2026-11-24T18:30"));

        assertThat(EXAMPLE.noticeShortfall(told)).isEmpty();
        assertThat(EXAMPLE.noticeShortfall(late)).contains(Duration.ofMinutes(570));
        assertThat(EXAMPLE.outageNoticeSource()).contains("24 h");
    }

    @Test
    void anUnknownSeverityNamesTheTiersThereAre() {
        assertThatThrownBy(() -> EXAMPLE.repairDeadline(order("WO-1", "urgent", "2026-11-23T08:00"), CHINA))
                .hasMessageContaining("no severity \"urgent\"")
                .hasMessageContaining("[minor, general, major]");
    }

    @Test
    void inconsistentCommitmentsAreRefused() {
        assertThatThrownBy(() -> new ResponseCommitments.Tier(
                        "minor", Optional.of(new BigDecimal("13")), new BigDecimal("12"), HourCount.CALENDAR, "x"))
                .hasMessageContaining("repair in 12 h but the crew on site only in 13 h");
        assertThatThrownBy(() -> new ResponseCommitments.Tier(
                        "minor", Optional.empty(), new BigDecimal("0.01"), HourCount.CALENDAR, "x"))
                .hasMessageContaining("whole minutes");
        assertThatThrownBy(() -> new ResponseCommitments(
                        "X",
                        "x",
                        List.of(),
                        24,
                        "x",
                        List.of(new ResponseCommitments.Tier(
                                "minor", Optional.empty(), BigDecimal.ONE, HourCount.WORKING, "x"))))
                .hasMessageContaining("no working_hours");
        assertThatThrownBy(() -> new ResponseCommitments(
                        "X",
                        "x",
                        List.of(WorkingWindow.parse("08:00-12:00"), WorkingWindow.parse("11:00-17:00")),
                        24,
                        "x",
                        List.of()))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> WorkingWindow.parse("17:00-08:00")).hasMessageContaining("end before they start");
        assertThatThrownBy(() -> WorkingWindow.parse("8h-12h")).hasMessageContaining("HH:MM-HH:MM");
    }

    @Test
    void aCommitmentsFileWithBadWorkingHoursNamesTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("commitments.json");
        Files.writeString(file, """
                {
                 "id": "X", "source": "x", "outage_notice_hours": 24, "outage_notice_source": "x",
                 "working_hours": ["08:30-12:00", "2pm-5pm"],
                 "tiers": [{"severity": "minor", "repair_hours": 12, "clock": "calendar", "source": "x"}]
                }
                """);

        assertThatThrownBy(() -> ResponseCommitments.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("commitments.json:3:")
                .hasMessageContaining("working_hours");
    }

    @Test
    void aWorkOrderCannotBeDoneBeforeItWasReported() {
        assertThatThrownBy(() -> order("WO-1", "minor", "2026-11-23T08:00").arrived(t("2026-11-23T07:00")))
                .hasMessageContaining("on site at 2026-11-23T07:00, before it was reported");
    }
}
