package org.ruralwater.maintenance.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ruralwater.maintenance.SmallCounty.TANGTANG;
import static org.ruralwater.maintenance.SmallCounty.TAOQING;
import static org.ruralwater.maintenance.schedule.Crews.crew;
import static org.ruralwater.maintenance.schedule.Crews.job;
import static org.ruralwater.maintenance.schedule.Crews.manager;
import static org.ruralwater.maintenance.schedule.Crews.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.staff.Skill;

/** Each rule that keeps a job out of every worker-day, with the words it is explained in. */
class UnplacedTest {

    private static Unplaced only(CrewSchedule plan) {
        assertThat(Unplaced.in(plan)).hasSize(1);
        return Unplaced.in(plan).get(0);
    }

    @Test
    void aJobNeedingASkillNoWorkerHasIsKeptOutForTheSkill() {
        Job welding = job("J1", TAOQING, 60, "2026-11-30T00:00", "2026-12-01T00:00", Skill.WELDING);
        CrewSchedule plan = EarliestDueDate.assign(
                schedule(5, List.of(crew("C1", TAOQING, Skill.PIPEWORK), manager("WM1", TAOQING)), List.of(welding)));

        Unplaced u = only(plan);

        assertThat(u.cause()).isEqualTo(Unplaced.Cause.NO_SKILL);
        assertThat(u.cause().code()).isEqualTo("no_skill");
        assertThat(u.explanation()).isEqualTo("it needs welding, which no crew or water manager has");
    }

    @Test
    void aJobOnlyAnotherVillagesWaterManagerCouldDoIsKeptOutForTheSkill() {
        Job dosing = job("J1", TAOQING, 30, "2026-11-30T00:00", "2026-12-01T00:00", Skill.DISINFECTION);
        CrewSchedule plan = EarliestDueDate.assign(schedule(
                5,
                List.of(crew("C1", TAOQING, Skill.PIPEWORK), manager("WM2", TANGTANG, Skill.DISINFECTION)),
                List.of(dosing)));

        assertThat(only(plan).explanation())
                .isEqualTo("it needs disinfection, which only water managers of other villages have");
    }

    @Test
    void aChineseReaderReadsTheExplanationInChineseWithTheSkillsLabels() {
        Job job = job("J1", TAOQING, 30, "2026-11-30T00:00", "2026-12-01T00:00", Skill.DISINFECTION, Skill.WELDING);
        CrewSchedule plan = EarliestDueDate.assign(schedule(5, List.of(crew("C1", TAOQING)), List.of(job)));

        Unplaced u = only(plan);

        assertThat(u.explanation()).isEqualTo("it needs disinfection and welding, which no crew or water manager has");
        assertThat(u.why().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("需要消毒设备、焊工技能，没有任何维修队或管水员具备");
    }

    @Test
    void aJobThatMayStartOnlyAfterTheHorizonIsKeptOutBeforeItsEarliestDay() {
        Job later = job("WO-2", Priority.BREAKDOWN, TAOQING, 60, "2026-12-08T09:00", "2026-12-09T09:00");
        CrewSchedule plan = EarliestDueDate.assign(schedule(5, List.of(crew("C1", TAOQING)), List.of(later)));

        Unplaced u = only(plan);

        assertThat(u.cause()).isEqualTo(Unplaced.Cause.BEFORE_EARLIEST_DAY);
        assertThat(u.explanation()).isEqualTo("it may start on 2026-12-08, after the horizon's last day 2026-12-04");
    }

    @Test
    void plannedWorkWithOnlyRestDaysLeftIsOutsideEveryShift() {
        Job weekend = job("J1", TAOQING, 60, "2026-12-05T00:00", "2026-12-07T00:00");
        CrewSchedule plan = EarliestDueDate.assign(schedule(7, List.of(crew("C1", TAOQING)), List.of(weekend)));

        Unplaced u = only(plan);

        assertThat(u.cause()).isEqualTo(Unplaced.Cause.OUTSIDE_EVERY_SHIFT);
        assertThat(u.explanation())
                .isEqualTo("it is planned work that waits for a working day, but from 2026-12-05 C1 has only rest"
                        + " days, holidays or leave in the horizon");
    }

    @Test
    void aRepairReportedAfterTheLastShiftOrLongerThanAnyShiftIsOutsideEveryShift() {
        Job evening = job("WO-1", Priority.EMERGENCY, TAOQING, 120, "2026-12-04T19:00", "2026-12-05T07:00");
        Job tooLong = job("J2", TAOQING, 600, "2026-11-30T00:00", "2026-12-05T00:00");
        CrewSchedule plan = EarliestDueDate.assign(
                schedule(5, List.of(crew("C1", TAOQING), crew("C2", TANGTANG)), List.of(evening, tooLong)));

        assertThat(Unplaced.in(plan))
                .extracting(u -> u.job().id(), Unplaced::cause, Unplaced::explanation)
                .containsExactly(
                        tuple(
                                "J2",
                                Unplaced.Cause.OUTSIDE_EVERY_SHIFT,
                                "it takes 600 min, which with the drive there and back fits in no shift of the 2"
                                        + " workers who can do it"),
                        tuple(
                                "WO-1",
                                Unplaced.Cause.OUTSIDE_EVERY_SHIFT,
                                "it takes 120 min from 19:00 on 2026-12-04, which with the drive there and back fits"
                                        + " in no shift of the 2 workers who can do it"));
    }

    @Test
    void aJobThatWouldFitAloneButFindsEveryDayFullIsKeptOutByCapacity() {
        // One crew, one day in its own village: four two-hour jobs fill the 480-minute shift.
        List<Job> jobs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            jobs.add(job("J" + i, TAOQING, 120, "2026-11-30T00:00", "2026-12-01T00:00"));
        }
        CrewSchedule plan = Scheduler.withMoveLimit(100).solve(schedule(1, List.of(crew("C1", TAOQING)), jobs));

        Unplaced u = only(plan);

        assertThat(u.cause()).isEqualTo(Unplaced.Cause.CAPACITY);
        assertThat(u.explanation()).isEqualTo("it would fit alone, but the one day on which C1 could take it is full");
    }

    @Test
    void aJobADayStillHasRoomForWasLeftOutByASolveThatStoppedTooEarly() {
        CrewSchedule plan = schedule(
                1,
                List.of(crew("C1", TAOQING)),
                List.of(job("J1", TAOQING, 60, "2026-11-30T00:00", "2026-12-01T00:00")));

        Unplaced u = only(plan);

        assertThat(u.cause()).isEqualTo(Unplaced.Cause.ROOM_LEFT);
        assertThat(u.explanation())
                .isEqualTo("C1 still has room for it on 2026-11-30; the solve stopped before placing it (more moves or"
                        + " seconds may place it)");
    }
}
