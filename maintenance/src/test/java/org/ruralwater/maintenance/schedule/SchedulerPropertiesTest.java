package org.ruralwater.maintenance.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.ruralwater.maintenance.SmallCounty.TANGTANG;
import static org.ruralwater.maintenance.SmallCounty.TAOQING;
import static org.ruralwater.maintenance.schedule.Crews.MONDAY;
import static org.ruralwater.maintenance.schedule.Crews.crew;
import static org.ruralwater.maintenance.schedule.Crews.manager;
import static org.ruralwater.maintenance.schedule.Crews.schedule;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.staff.Skill;

/**
 * The scheduler on random small workloads: never worse than the earliest-due-date plan on any level of the
 * score. Small workloads and a short move limit keep it fast.
 */
class SchedulerPropertiesTest {

    private static final Priority[] PRIORITIES = {Priority.PLANNED, Priority.BREAKDOWN, Priority.EMERGENCY};
    private static final int[] HOURS = {0, 9, 13, 18};
    private static final Skill[][] SKILLS = {
        {}, {Skill.PIPEWORK}, {Skill.DISINFECTION}, {Skill.METERING}, {Skill.WELDING}
    };

    /**
     * A workload decoded from numbers, so that QuickTheories can shrink a failing one: {@code staff} gives the
     * horizon (1 to 7 days from a Monday, so some have a weekend) and which workers there are, each job code
     * its village, priority, minutes, earliest start (some after the horizon), due time, skill and whether
     * planned work is kept on rest days.
     */
    static CrewSchedule workload(int staff, List<Integer> codes) {
        int days = 1 + staff % 7;
        int flags = staff / 7;
        List<Worker> workers = new ArrayList<>();
        workers.add(
                (flags & 4) != 0
                        ? new Worker(
                                "C1",
                                "crew C1",
                                Worker.Kind.CREW,
                                Set.of(Skill.PIPEWORK),
                                TAOQING,
                                Set.of(),
                                LocalTime.of(8, 30),
                                480,
                                Set.of(MONDAY.plusDays(1)))
                        : crew("C1", TAOQING, Skill.PIPEWORK));
        if ((flags & 1) != 0) {
            workers.add(crew("C2", TANGTANG, Skill.PIPEWORK, Skill.DISINFECTION));
        }
        if ((flags & 2) != 0) {
            workers.add(manager("WM1", TAOQING, Skill.METERING, Skill.DISINFECTION));
        }
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            int c = codes.get(i);
            boolean taoqing = c % 2 == 0;
            c /= 2;
            Priority priority = PRIORITIES[c % 3];
            c /= 3;
            int minutes = 30 * (1 + c % 12);
            c /= 12;
            LocalDateTime earliest = MONDAY.plusDays(c % 8).atTime(HOURS[(c / 8) % 4], 0);
            c /= 32;
            LocalDateTime due = earliest.plusHours(12L * (1 + c % 4));
            c /= 4;
            Set<Skill> skills = Set.of(SKILLS[c % SKILLS.length]);
            c /= SKILLS.length;
            Job job = new Job(
                    "J" + i, "job " + i, priority, taoqing ? TAOQING : TANGTANG, minutes, skills, earliest, due);
            jobs.add(priority == Priority.PLANNED && c % 2 == 1 ? job.keptOnRestDays() : job);
        }
        return schedule(days, workers, jobs);
    }

    @Test
    void aSolveIsNeverWorseThanTheEarliestDueDatePlanOnAnyLevelOfTheScore() {
        qt().withExamples(60)
                .withShrinkCycles(30)
                .forAll(
                        integers().between(0, 7 * 8 - 1),
                        lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 12))
                .checkAssert((staff, codes) -> {
                    CrewSchedule greedy = EarliestDueDate.assign(workload(staff, codes));
                    CrewSchedule solved = Scheduler.withMoveLimit(200).solve(workload(staff, codes));

                    assertThat(solved.score().orElseThrow()).isGreaterThanOrEqualTo(Scheduler.score(greedy));
                    assertThat(PlanComparison.of(solved, greedy).worse()).isFalse();
                    assertThat(Unplaced.in(solved))
                            .hasSize(solved.unassigned().size())
                            .allSatisfy(u -> assertThat(u.explanation()).isNotBlank());
                });
    }
}
