package org.ruralwater.maintenance.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ruralwater.maintenance.SmallCounty.TANGTANG;
import static org.ruralwater.maintenance.SmallCounty.TAOQING;
import static org.ruralwater.maintenance.schedule.Crews.MONDAY;
import static org.ruralwater.maintenance.schedule.Crews.crew;
import static org.ruralwater.maintenance.schedule.Crews.job;
import static org.ruralwater.maintenance.schedule.Crews.manager;
import static org.ruralwater.maintenance.schedule.Crews.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.staff.Skill;
import org.ruralwater.maintenance.demo.DemoWorkload;
import org.ruralwater.maintenance.plan.Catalogue;
import org.ruralwater.maintenance.workorder.Origin;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.WorkOrder;

class SchedulerTest {

    private static final County DEMO = DemoCounty.generate();

    private static CrewSchedule week() {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            jobs.add(job(
                    "P" + i,
                    i % 2 == 0 ? TAOQING : TANGTANG,
                    90,
                    "2026-11-30T00:00",
                    "2026-12-0" + (1 + i % 4) + "T00:00",
                    i % 3 == 0 ? new Skill[] {Skill.DISINFECTION} : new Skill[] {Skill.PIPEWORK}));
        }
        jobs.add(job("E1", Priority.EMERGENCY, TANGTANG, 120, "2026-11-30T10:00", "2026-11-30T22:00", Skill.PIPEWORK));
        jobs.add(job("M1", TAOQING, 60, "2026-12-02T00:00", "2026-12-05T00:00"));
        return schedule(
                5,
                List.of(
                        crew("C1", TAOQING, Skill.PIPEWORK),
                        crew("C2", TANGTANG, Skill.PIPEWORK, Skill.DISINFECTION),
                        manager("WM1", TAOQING, Skill.METERING)),
                jobs);
    }

    @Test
    void theSolvedWeekBreaksNoHardRuleAssignsEveryJobAndBeatsTheGreedyBaseline() {
        CrewSchedule greedy = EarliestDueDate.assign(week());
        CrewSchedule solved = Scheduler.withMoveLimit(20_000).solve(week());

        assertThat(solved.score().orElseThrow().hardScore()).isZero();
        assertThat(solved.score().orElseThrow().mediumScore()).isZero();
        assertThat(solved.unassigned()).isEmpty();
        assertThat(solved.figures().lateAndTravelMinutes())
                .isLessThanOrEqualTo(greedy.figures().lateAndTravelMinutes());
        assertThat(Scheduler.score(greedy).hardScore()).isZero();
    }

    @Test
    void aTimeLimitCoversTheFirstPlanAndTheSearchAndIsNeverWorseThanTheGreedyPlan() {
        long started = System.nanoTime();
        CrewSchedule solved = Scheduler.withTimeLimit(Duration.ofMillis(1_500)).solve(week());

        assertThat(solved.score().orElseThrow())
                .isGreaterThanOrEqualTo(Scheduler.score(EarliestDueDate.assign(week())));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theSameMoveLimitGivesTheSamePlan() {
        CrewSchedule a = Scheduler.withMoveLimit(5_000).solve(week());
        CrewSchedule b = Scheduler.withMoveLimit(5_000).solve(week());

        assertThat(routes(a)).isEqualTo(routes(b));
        assertThat(a.score()).isEqualTo(b.score());
    }

    @Test
    void anEmergencyGoesFirstInItsDayAndIsDoneByItsDeadline() {
        CrewSchedule solved = Scheduler.withMoveLimit(20_000).solve(week());

        WorkerDay day = solved.job("E1").flatMap(Job::day).orElseThrow();
        Visit e1 = day.timeline().visits().stream()
                .filter(v -> v.job().id().equals("E1"))
                .findFirst()
                .orElseThrow();
        assertThat(day.date()).isEqualTo(MONDAY);
        assertThat(e1.lateMinutes()).isZero();
        assertThat(e1.start()).isAfterOrEqualTo(MONDAY.atTime(10, 0));
    }

    @Test
    void startedWorkStaysWhereItWasAndNoCrewIsEverDoubleBooked() {
        CrewSchedule problem = week().started("P1", "C1", MONDAY);

        CrewSchedule solved = Scheduler.withMoveLimit(10_000).solve(problem);

        assertThat(solved.day("C1", MONDAY).orElseThrow().jobs().get(0).id()).isEqualTo("P1");
        Set<String> seen = new HashSet<>();
        for (WorkerDay d : solved.days()) {
            Visit previous = null;
            for (Visit v : d.timeline().visits()) {
                assertThat(seen.add(v.job().id()))
                        .as("job %s placed once", v.job().id())
                        .isTrue();
                if (previous != null) {
                    assertThat(v.start()).isAfterOrEqualTo(previous.end());
                }
                previous = v;
            }
        }
    }

    @Test
    void everyPenaltyOfAPlanIsExplainedWithItsJob() {
        CrewSchedule plan = week();
        WorkerDay saturday = plan.day("C1", MONDAY.plusDays(5)).orElse(null);
        assertThat(saturday).as("a five-day horizon has no Saturday").isNull();
        plan.day("WM1", MONDAY).orElseThrow().route().add(plan.job("P1").orElseThrow());

        List<Penalty> why = Scheduler.explain(plan);

        assertThat(why)
                .contains(new Penalty(ScheduleConstraints.MISSING_SKILL, "hard", 1, "P1", "WM1 lacks [PIPEWORK]"))
                .contains(new Penalty(
                        ScheduleConstraints.OUTSIDE_VILLAGES,
                        "hard",
                        1,
                        "P1",
                        "WM1 does not look after village " + TANGTANG))
                .anySatisfy(p -> assertThat(p.subject()).isEqualTo("E1"))
                .filteredOn(p -> p.constraint().equals(ScheduleConstraints.UNASSIGNED))
                .hasSize(11);
        assertThat(why.get(0).toString()).contains(": ").contains(" -");
    }

    @Test
    void aCountyMonthIsSolvedWithoutHardViolations() {
        CrewSchedule problem = DemoWorkload.generate(MONDAY, 28, 120, 8, 7);

        assertThat(problem.jobs()).hasSize(120);
        assertThat(problem.jobs())
                .filteredOn(j -> j.priority() == Priority.EMERGENCY)
                .isNotEmpty();
        CrewSchedule solved = Scheduler.withMoveLimit(30_000).solve(problem);

        assertThat(solved.score().orElseThrow().hardScore()).isZero();
    }

    @Test
    void aCountysOwnProblemHoldsItsCurrentTasksOpenWorkOrdersCrewsAndWaterManagers() {
        County county = DemoCounty.generate(2_000, 3, LocalDate.of(2026, 11, 1));
        WorkOrder open = WorkOrder.reported(
                "WO-1",
                "PIPE",
                county.villages().get(0).code(),
                "major",
                Origin.HOTLINE,
                MONDAY.atTime(9, 0),
                "hotline",
                "burst main");
        WorkOrder done = WorkOrder.reported(
                        "WO-2",
                        "PIPE",
                        county.villages().get(0).code(),
                        "minor",
                        Origin.HOTLINE,
                        MONDAY.atTime(8, 0),
                        "hotline",
                        "leak")
                .repaired(MONDAY.atTime(10, 0));

        CrewSchedule problem = CrewSchedule.forCounty(
                county,
                Catalogue.chinaRural(),
                WorkCalendar.china(),
                MONDAY,
                7,
                List.of(open, done),
                ResponseCommitments.countyExample(),
                "major",
                120,
                Set.of(Skill.PIPEWORK));

        assertThat(problem.workers())
                .hasSize(county.crews().size() + county.waterManagers().size());
        assertThat(problem.jobs())
                .filteredOn(j -> j.id().startsWith("WO-"))
                .singleElement()
                .satisfies(j -> {
                    assertThat(j.priority()).isEqualTo(Priority.EMERGENCY);
                    assertThat(j.due()).isEqualTo(MONDAY.atTime(9, 0).plusHours(48));
                });
        assertThat(problem.jobs())
                .filteredOn(j -> j.id().startsWith("PM:"))
                .isNotEmpty()
                .allSatisfy(j -> assertThat(j.due()).isAfter(MONDAY.atStartOfDay()));
        assertThat(Scheduler.withMoveLimit(2_000)
                        .solve(problem)
                        .score()
                        .orElseThrow()
                        .hardScore())
                .isZero();
    }

    /** The demo county's own week from Monday 30 November 2026, with work orders reported through it. */
    private static CrewSchedule demoWeek() {
        List<WorkOrder> orders = new ArrayList<>();
        List<Village> villages = DEMO.villages();
        for (int i = 0; i < 7; i++) {
            orders.add(WorkOrder.reported(
                    "WO-" + (i + 1),
                    "PIPE-" + i,
                    villages.get(i * 17 % villages.size()).code(),
                    i % 3 == 0 ? "major" : i % 3 == 1 ? "general" : "minor",
                    Origin.HOTLINE,
                    MONDAY.plusDays(i).atTime(9, 0),
                    "hotline",
                    "leak"));
        }
        return CrewSchedule.forCounty(
                DEMO,
                Catalogue.chinaRural(),
                WorkCalendar.china(),
                MONDAY,
                7,
                orders,
                ResponseCommitments.countyExample(),
                "major",
                120,
                Set.of(Skill.PIPEWORK));
    }

    @Test
    void theDemoCountyDoesItsOwnWeekAndTheSolveIsNeverWorseThanTheGreedyPlan() {
        CrewSchedule greedy = EarliestDueDate.assign(demoWeek());
        CrewSchedule solved = Scheduler.withMoveLimit(2_000).solve(demoWeek());

        assertThat(solved.jobs()).hasSizeGreaterThan(250);
        // Its daily checks do not stop for the weekend, and the water manager where a works doses is trained.
        assertThat(Unplaced.in(greedy)).isEmpty();
        assertThat(Unplaced.in(solved)).isEmpty();
        assertThat(solved.days())
                .filteredOn(d -> d.availability() == Availability.ON_CALL)
                .flatExtracting(WorkerDay::jobs)
                .extracting(Job::id)
                .anySatisfy(id -> assertThat(id).startsWith("PM:intake-screen-check:"))
                .anySatisfy(id -> assertThat(id).startsWith("PM:dosing-check-daily:"));
        assertThat(solved.score().orElseThrow()).isGreaterThanOrEqualTo(Scheduler.score(greedy));
        assertThat(solved.score().orElseThrow().hardScore()).isZero();
    }

    @Test
    void withNoMovesTheSolveIsTheBetterOfTheGreedyAndTheConstructedPlans() {
        // No moves at all: the plan handed back is the better of the two first plans.
        CrewSchedule greedy = EarliestDueDate.assign(week());
        CrewSchedule first = Scheduler.withMoveLimit(0).solve(week());

        assertThat(first.score().orElseThrow()).isGreaterThanOrEqualTo(Scheduler.score(greedy));
        assertThat(week().unassigned())
                .as("the problem given is not changed")
                .hasSize(week().jobs().size());
    }

    @Test
    void whenTheConstructionHeuristicDoesWorseThanTheGreedyPlanTheSolveStartsFromTheGreedyOne() {
        // A workload of the property test's generator on which the construction heuristic leaves weight 44
        // unassigned and the greedy plan 43 (one random workload in thirty does worse that way).
        List<Integer> codes = List.of(
                213290850,
                569612425,
                1459875140,
                69520173,
                893728389,
                1438352911,
                335486283,
                159689851,
                1049781759,
                1308120504);
        CrewSchedule greedy = EarliestDueDate.assign(SchedulerPropertiesTest.workload(32, codes));
        CrewSchedule first = Scheduler.withMoveLimit(0).solve(SchedulerPropertiesTest.workload(32, codes));

        assertThat(Scheduler.score(greedy).mediumScore()).isEqualTo(-43);
        assertThat(first.score()).contains(Scheduler.score(greedy));
    }

    private static List<String> routes(CrewSchedule s) {
        return s.days().stream().map(d -> d.id() + d.jobs()).toList();
    }
}
