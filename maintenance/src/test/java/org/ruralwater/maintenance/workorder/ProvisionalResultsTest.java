package org.ruralwater.maintenance.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.maintenance.SmallCounty;

/**
 * Issue 16: results that rest on a work-calendar year without its State Council notice (2027 for now) say
 * so, as a deadline does: a breach of such a deadline, and a timeliness rate counting one.
 */
class ProvisionalResultsTest {

    private static final WorkCalendar CHINA = WorkCalendar.china();

    private static final ResponseCommitments WORKING = new ResponseCommitments(
            "TEST",
            "test",
            List.of(WorkingWindow.parse("08:30-12:00"), WorkingWindow.parse("14:30-17:30")),
            24,
            "test",
            List.of(new ResponseCommitments.Tier(
                    "planned", Optional.empty(), new BigDecimal("12"), HourCount.WORKING, "test")));

    private static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    private static WorkOrder order(String id, String reportedAt) {
        return WorkOrder.reported(
                id, "PIPE-7", SmallCounty.TAOQING, "planned", Origin.HOTLINE, t(reportedAt), "hotline", "burst");
    }

    @Test
    void aBreachOfADeadlineAcrossThe2027SpringFestivalIsProvisional() {
        // Twelve working hours from Thursday 4 February 2027 16:00 run over 春节 to Friday 12 February 15:00.
        List<Breach> breaches =
                WORKING.breaches(List.of(order("WO-1", "2027-02-04T16:00")), t("2027-02-15T09:00"), CHINA);

        assertThat(breaches).hasSize(1);
        Breach b = breaches.get(0);
        assertThat(b.deadline()).isEqualTo(t("2027-02-12T15:00"));
        assertThat(b.isProvisional()).isTrue();
        assertThat(b.provisionalYears()).containsExactly(2027);
        assertThat(b.due()).hasToString("2027-02-12T15:00 (provisional: 2027)");
        assertThat(b.late()).isEqualTo(Duration.between(t("2027-02-12T15:00"), t("2027-02-15T09:00")));
    }

    @Test
    void aBreachOfAFirmDeadlineIsNotProvisional() {
        List<Breach> breaches =
                WORKING.breaches(List.of(order("WO-1", "2026-11-23T08:30")), t("2026-12-31T09:00"), CHINA);

        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.isProvisional()).isFalse();
            assertThat(b.due()).isEqualTo(Deadline.firm(b.deadline()));
        });
        // Calendar hours never depend on the work calendar: a 2027 breach on them is firm.
        assertThat(ResponseCommitments.countyExample()
                        .breaches(
                                List.of(WorkOrder.reported(
                                        "WO-2",
                                        "PIPE-7",
                                        SmallCounty.TAOQING,
                                        "minor",
                                        Origin.HOTLINE,
                                        t("2027-02-05T08:00"),
                                        "hotline",
                                        "burst")),
                                t("2027-02-09T08:00"),
                                CHINA))
                .isNotEmpty()
                .noneMatch(Breach::isProvisional);
    }

    @Test
    void aTimelinessRateCountingA2027DeadlineIsProvisional() {
        WorkOrder done = order("WO-1", "2027-02-04T16:00").repaired(t("2027-02-10T10:00"));
        WorkOrder firm = order("WO-2", "2026-11-23T08:30").repaired(t("2026-11-23T10:00"));

        Timeliness february =
                WORKING.timeliness(List.of(done, firm), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28), CHINA);
        Timeliness november =
                WORKING.timeliness(List.of(firm), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CHINA);

        assertThat(february).isEqualTo(new Timeliness(1, 1, new java.util.TreeSet<>(List.of(2027))));
        assertThat(february.isProvisional()).isTrue();
        assertThat(november.isProvisional()).isFalse();
        assertThat(november).isEqualTo(new Timeliness(1, 1));
    }
}
