package org.ruralwater.maintenance.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ruralwater.maintenance.SmallCounty.TANGTANG;
import static org.ruralwater.maintenance.SmallCounty.TAOQING;
import static org.ruralwater.maintenance.schedule.Crews.MONDAY;
import static org.ruralwater.maintenance.schedule.Crews.crew;
import static org.ruralwater.maintenance.schedule.Crews.job;
import static org.ruralwater.maintenance.schedule.Crews.manager;
import static org.ruralwater.maintenance.schedule.Crews.schedule;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.staff.Skill;

class ScheduleConstraintsTest {

    private static final ConstraintVerifier<ScheduleConstraints, CrewSchedule> VERIFY =
            ConstraintVerifier.build(new ScheduleConstraints(), CrewSchedule.class, WorkerDay.class, Job.class);

    /** The worker's day on {@code date} holding the jobs, in order. */
    private static WorkerDay day(Worker w, LocalDate date, Job... jobs) {
        CrewSchedule s = schedule(7, List.of(w), List.of(jobs));
        WorkerDay d = s.day(w.id(), date).orElseThrow();
        d.route().addAll(List.of(jobs));
        return d;
    }

    @Test
    void aWorkerWithoutTheSkillsOrCertificatesIsPenalisedPerMissingSkill() {
        Job cleaning =
                job("J1", TAOQING, 60, "2026-11-30T00:00", "2026-12-01T00:00", Skill.DISINFECTION, Skill.WATER_TESTING);
        Job flushing = job("J2", TAOQING, 60, "2026-11-30T00:00", "2026-12-01T00:00", Skill.PIPEWORK);
        WorkerDay d = day(crew("C1", TAOQING, Skill.PIPEWORK), MONDAY, cleaning, flushing);

        VERIFY.verifyThat(ScheduleConstraints::missingSkill)
                .given(d, cleaning, flushing)
                .penalizesBy(2);
        VERIFY.verifyThat(ScheduleConstraints::missingSkill)
                .given(d, cleaning, flushing)
                .justifiesWithExactly(new JobPenalty("J1", "C1 lacks [DISINFECTION, WATER_TESTING]"));
    }

    @Test
    void plannedWorkOnARestDayOrHolidayAndAnyWorkOnLeaveArePenalisedPerJob() {
        Job a = job("J1", TAOQING, 60, "2026-11-30T00:00", "2026-12-08T00:00");
        Job b = job("J2", TAOQING, 60, "2026-11-30T00:00", "2026-12-08T00:00");
        Job repair = job("R1", Priority.BREAKDOWN, TAOQING, 60, "2026-12-05T09:00", "2026-12-06T09:00");
        WorkerDay saturday = day(crew("C1", TAOQING), LocalDate.of(2026, 12, 5), a, b, repair);
        Worker onLeave = new Worker(
                "C2",
                "crew C2",
                Worker.Kind.CREW,
                Set.of(),
                TAOQING,
                Set.of(),
                LocalTime.of(8, 30),
                480,
                Set.of(LocalDate.of(2026, 12, 1)));
        Job c = job("J3", Priority.EMERGENCY, TAOQING, 60, "2026-11-30T00:00", "2026-12-08T00:00");
        WorkerDay leave = day(onLeave, LocalDate.of(2026, 12, 1), c);
        WorkerDay working =
                day(crew("C3", TAOQING), MONDAY, job("J4", TAOQING, 60, "2026-11-30T00:00", "2026-12-08T00:00"));

        assertThat(saturday.availability()).isEqualTo(Availability.ON_CALL);
        assertThat(leave.availability()).isEqualTo(Availability.OFF);
        assertThat(working.availability()).isEqualTo(Availability.WORKING);
        VERIFY.verifyThat(ScheduleConstraints::unavailableDay)
                .given(saturday, leave, working)
                .penalizesBy(3);
        VERIFY.verifyThat(ScheduleConstraints::unavailableDay)
                .given(saturday, leave)
                .justifiesWith(
                        new JobPenalty("J1", "C1 is only on call on 2026-12-05, for repairs, not planned work"),
                        new JobPenalty("J3", "C2 is on leave on 2026-12-01"));
    }

    @Test
    void aRepairOnAnOnCallDayCostsItsMinutesAtTheSoftLevel() {
        Job repair = job("R1", Priority.BREAKDOWN, TAOQING, 90, "2026-12-05T09:00", "2026-12-06T09:00");
        Job planned = job("J1", TAOQING, 60, "2026-11-30T00:00", "2026-12-08T00:00");
        WorkerDay saturday = day(crew("C1", TAOQING), LocalDate.of(2026, 12, 5), repair, planned);

        VERIFY.verifyThat(ScheduleConstraints::onCallWork).given(saturday).penalizesBy(90);
        VERIFY.verifyThat(ScheduleConstraints::onCallWork)
                .given(day(
                        crew("C2", TAOQING),
                        MONDAY,
                        job("R2", Priority.BREAKDOWN, TAOQING, 90, "2026-11-30T09:00", "2026-12-01T09:00")))
                .penalizesBy(0);
    }

    @Test
    void aCheckTheCatalogueKeepsOnRestDaysMayBeDoneOnCallAtTheCostOfARepair() {
        // A daily intake screen check due on a Saturday: the catalogue keeps it, so it is duty work, not a
        // broken rule.
        Job check =
                job("K1", TAOQING, 30, "2026-12-05T00:00", "2026-12-06T00:00").keptOnRestDays();
        WorkerDay saturday = day(crew("C1", TAOQING), LocalDate.of(2026, 12, 5), check);

        assertThat(check.onRestDays()).isTrue();
        VERIFY.verifyThat(ScheduleConstraints::unavailableDay).given(saturday).penalizesBy(0);
        VERIFY.verifyThat(ScheduleConstraints::onCallWork).given(saturday).penalizesBy(30);
    }

    @Test
    void aDayRunningPastTheShiftIsPenalisedByTheMinutesOver() {
        // A water manager's four hours, with 150 + 120 minutes of work in his own village: 30 minutes over.
        Worker m = manager("WM1", TAOQING);
        WorkerDay d = day(
                m,
                MONDAY,
                job("J1", TAOQING, 150, "2026-11-30T00:00", "2026-12-08T00:00"),
                job("J2", TAOQING, 120, "2026-11-30T00:00", "2026-12-08T00:00"));

        VERIFY.verifyThat(ScheduleConstraints::overtime).given(d).penalizesBy(30);
        VERIFY.verifyThat(ScheduleConstraints::overtime)
                .given(d)
                .justifiesWith(new JobPenalty("WM1@2026-11-30", "the day runs 30 min past the 240-minute shift"));
        WorkerDay fits = day(m, MONDAY, job("J3", TAOQING, 240, "2026-11-30T00:00", "2026-12-08T00:00"));
        VERIFY.verifyThat(ScheduleConstraints::overtime).given(fits).penalizesBy(0);
    }

    @Test
    void aJobPlacedBeforeTheDayItMayStartIsPenalisedByTheDaysEarly() {
        Job j = job("J1", TAOQING, 60, "2026-12-02T00:00", "2026-12-08T00:00");
        WorkerDay d = day(crew("C1", TAOQING), MONDAY, j);

        VERIFY.verifyThat(ScheduleConstraints::beforeEarliest).given(d, j).penalizesBy(2);
        WorkerDay sameDay = day(crew("C2", TAOQING), LocalDate.of(2026, 12, 2), j);
        VERIFY.verifyThat(ScheduleConstraints::beforeEarliest).given(sameDay, j).penalizesBy(0);
    }

    @Test
    void aWaterManagerWorkingOutsideHisVillagesIsPenalised() {
        Job away = job("J1", TANGTANG, 60, "2026-11-30T00:00", "2026-12-08T00:00");
        Job home = job("J2", TAOQING, 60, "2026-11-30T00:00", "2026-12-08T00:00");
        WorkerDay d = day(manager("WM1", TAOQING), MONDAY, home, away);

        VERIFY.verifyThat(ScheduleConstraints::outsideVillages)
                .given(d, away, home)
                .penalizesBy(1);
        VERIFY.verifyThat(ScheduleConstraints::outsideVillages)
                .given(d, away, home)
                .justifiesWithExactly(new JobPenalty("J1", "WM1 does not look after village " + TANGTANG));
        WorkerDay crewDay = day(crew("C1", TAOQING), MONDAY, away);
        VERIFY.verifyThat(ScheduleConstraints::outsideVillages)
                .given(crewDay, away)
                .penalizesBy(0);
    }

    @Test
    void anUnassignedJobCostsItsPriorityWeightAtTheMediumLevel() {
        Job emergency = job("J1", Priority.EMERGENCY, TAOQING, 60, "2026-11-30T10:00", "2026-11-30T22:00");
        Job planned = job("J2", TAOQING, 60, "2026-11-30T00:00", "2026-12-08T00:00");
        Job breakdown = job("J3", Priority.BREAKDOWN, TAOQING, 60, "2026-11-30T00:00", "2026-12-08T00:00");
        CrewSchedule s = schedule(7, List.of(crew("C1", TAOQING)), List.of(emergency, planned, breakdown));
        s.day("C1", MONDAY).orElseThrow().route().add(planned);

        VERIFY.verifyThat(ScheduleConstraints::unassigned)
                .givenSolution(s)
                .settingAllShadowVariables()
                .penalizesBy(110);
    }

    @Test
    void latenessIsPenalisedInMinutesTimesThePriorityWeight() {
        // From 08:30 in his own village, a 60-minute job due at 09:00 finishes half an hour late.
        Job planned = job("J1", TAOQING, 60, "2026-11-30T00:00", "2026-11-30T09:00");
        Job emergency = job("J2", Priority.EMERGENCY, TAOQING, 60, "2026-11-30T00:00", "2026-11-30T09:00");

        VERIFY.verifyThat(ScheduleConstraints::lateness)
                .given(day(crew("C1", TAOQING), MONDAY, planned))
                .penalizesBy(30);
        VERIFY.verifyThat(ScheduleConstraints::lateness)
                .given(day(crew("C2", TAOQING), MONDAY, emergency))
                .penalizesBy(3000);
        VERIFY.verifyThat(ScheduleConstraints::lateness)
                .given(day(crew("C3", TAOQING), MONDAY, planned))
                .justifiesWith(new JobPenalty(
                        "J1",
                        "finishes 2026-11-30T09:30, 30 min after its due time 2026-11-30T09:00 (planned, weight 1)"));
    }

    @Test
    void travelIsPenalisedInMinutesThereAndBack() {
        int t = Crews.villageToVillage();
        WorkerDay d = day(
                crew("C1", TAOQING),
                MONDAY,
                job("J1", TANGTANG, 60, "2026-11-30T00:00", "2026-12-08T00:00"),
                job("J2", TANGTANG, 60, "2026-11-30T00:00", "2026-12-08T00:00"));

        assertThat(t).isBetween(15, 25);
        VERIFY.verifyThat(ScheduleConstraints::travel).given(d).penalizesBy(2 * t);
        VERIFY.verifyThat(ScheduleConstraints::travel)
                .given(day(crew("C2", TAOQING), MONDAY))
                .penalizesBy(0);
    }

    @Test
    void aJobThatMayStartLaterTheSameDayWaitsForIt() {
        Job j = job("J1", TAOQING, 60, "2026-11-30T14:00", "2026-11-30T16:00");
        Timeline t = day(crew("C1", TAOQING), MONDAY, j).timeline();

        assertThat(t.visits()).singleElement().satisfies(v -> {
            assertThat(v.arrival()).isEqualTo(MONDAY.atTime(8, 30));
            assertThat(v.start()).isEqualTo(MONDAY.atTime(14, 0));
            assertThat(v.end()).isEqualTo(MONDAY.atTime(15, 0));
            assertThat(v.lateMinutes()).isZero();
        });
    }
}
