package org.ruralwater.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.maintenance.demo.DemoWorkload;
import org.ruralwater.maintenance.plan.Catalogue;
import org.ruralwater.maintenance.plan.MaintenanceTask;
import org.ruralwater.maintenance.plan.RollingPlan;
import org.ruralwater.maintenance.schedule.CrewSchedule;
import org.ruralwater.maintenance.schedule.EarliestDueDate;
import org.ruralwater.maintenance.schedule.Penalty;
import org.ruralwater.maintenance.schedule.PlanCalendar;
import org.ruralwater.maintenance.schedule.PlanComparison;
import org.ruralwater.maintenance.schedule.Scheduler;
import org.ruralwater.maintenance.schedule.Unplaced;
import org.ruralwater.maintenance.workorder.Origin;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.WorkOrder;

/** The maintenance example in README.md, word for word. */
class ReadmeExamplesTest {

    @Test
    void maintenanceInUse() {
        // Four weeks of preventive work from the bundled catalogue; generating again with the ids you keep adds
        // nothing.
        County county = DemoCounty.generate();
        LocalDate monday = LocalDate.of(2026, 11, 30);
        RollingPlan rolling = RollingPlan.of(Catalogue.chinaRural(), WorkCalendar.china());
        List<MaintenanceTask> tasks =
                rolling.generate(county, List.of(), List.of(), monday, monday.plusDays(27), Set.of());
        Set<String> kept = Set.copyOf(tasks.stream().map(MaintenanceTask::id).toList());
        assertThat(rolling.generate(county, List.of(), List.of(), monday, monday.plusDays(27), kept))
                .isEmpty();

        // A minor fault reported on a Friday evening: on site within 2 h, repaired within 12 h.
        ResponseCommitments promise = ResponseCommitments.countyExample();
        WorkOrder burst = WorkOrder.reported(
                "WO-1",
                "PIPE-7",
                RegionCode.parse("539821101201"),
                "minor",
                Origin.HOTLINE,
                LocalDateTime.parse("2026-12-04T19:00"),
                "hotline 12345",
                "burst service pipe");
        assertThat(promise.repairDeadline(burst, WorkCalendar.china()))
                .isEqualTo(LocalDateTime.parse("2026-12-05T07:00"));
        assertThat(promise.breaches(List.of(burst), LocalDateTime.parse("2026-12-04T21:30"), WorkCalendar.china()))
                .hasSize(1); // nobody on site by 21:00

        // A month for 8 crews, solved, explained, and one crew's plan for its phone.
        CrewSchedule plan = Scheduler.withMoveLimit(30_000).solve(DemoWorkload.generate(monday, 28, 120, 8, 7));
        assertThat(plan.score().orElseThrow().hardScore()).isZero();
        List<Penalty> why = Scheduler.explain(plan); // each names its job or crew-day, and why
        assertThat(why).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
        String ics = PlanCalendar.export(
                plan, "C1", county, ZoneId.of("Asia/Shanghai"), Instant.parse("2026-11-27T09:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n");

        // Never worse than the earliest-due-date plan on any level of the score; every job left out says why.
        CrewSchedule greedy = EarliestDueDate.assign(DemoWorkload.generate(monday, 28, 120, 8, 7));
        assertThat(plan.score().orElseThrow()).isGreaterThanOrEqualTo(Scheduler.score(greedy));
        assertThat(PlanComparison.of(plan, greedy).worse()).isFalse();
        assertThat(Unplaced.in(plan))
                .allSatisfy(u -> assertThat(u.explanation()).isNotBlank());
    }
}
