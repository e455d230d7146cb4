package org.ruralwater.benchmarks.maintenance;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import org.ruralwater.maintenance.demo.DemoWorkload;
import org.ruralwater.maintenance.schedule.CrewSchedule;
import org.ruralwater.maintenance.schedule.EarliestDueDate;
import org.ruralwater.maintenance.schedule.PlanComparison;
import org.ruralwater.maintenance.schedule.PlanFigures;
import org.ruralwater.maintenance.schedule.Scheduler;

/**
 * The scheduler's benchmark (issue 6): a county-scale workload solved for a fixed time against the
 * earliest-due-date greedy assignment computed in the same run, compared level by level as the score ranks
 * plans (hard rules, unassigned work, then lateness and travel) and on lateness plus travel. Quality,
 * not speed, is what a 30-second solve is for, so this is a harness rather than a JMH benchmark.
 *
 * <p>Usage: {@code SchedulingHarness [seconds [jobs [crews [days]]]]}, by default 30 s, 300 jobs, 20 crews
 * and 28 days from Monday 30 November 2026.
 */
public final class SchedulingHarness {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 30);
    static final long SEED = 6;

    record Outcome(
            PlanFigures greedy,
            long greedyHard,
            PlanFigures solved,
            long solvedHard,
            long solvedMedium,
            PlanComparison comparison) {

        /** Solver lateness plus travel over the greedy one's: below 0.7 meets the goal of 30% less. */
        BigDecimal ratio() {
            return BigDecimal.valueOf(solved.lateAndTravelMinutes())
                    .divide(BigDecimal.valueOf(Math.max(1, greedy.lateAndTravelMinutes())), 3, RoundingMode.HALF_UP);
        }
    }

    private SchedulingHarness() {}

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 30;
        int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int crews = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int days = args.length > 3 ? Integer.parseInt(args[3]) : 28;
        Outcome o = run(Duration.ofSeconds(seconds), jobs, crews, days);
        print(o, seconds, jobs, crews, days, System.out);
    }

    static Outcome run(Duration limit, int jobs, int crews, int days) {
        CrewSchedule greedy = EarliestDueDate.assign(DemoWorkload.generate(FIRST_DAY, days, jobs, crews, SEED));
        long greedyHard = Scheduler.score(greedy).hardScore();
        CrewSchedule solved =
                Scheduler.withTimeLimit(limit).solve(DemoWorkload.generate(FIRST_DAY, days, jobs, crews, SEED));
        return new Outcome(
                greedy.figures(),
                greedyHard,
                solved.figures(),
                solved.score().orElseThrow().hardScore(),
                solved.score().orElseThrow().mediumScore(),
                PlanComparison.of(solved, greedy));
    }

    static void print(Outcome o, long seconds, int jobs, int crews, int days, PrintStream out) {
        out.printf(
                "%d jobs, %d crews, %d days from %s; solver %d s against the earliest-due-date greedy%n",
                jobs, crews, days, FIRST_DAY, seconds);
        out.println("| plan | hard | unassigned | late min | travel min | late + travel | ratio to greedy |");
        out.println("| --- | --- | --- | --- | --- | --- | --- |");
        out.printf(
                "| greedy (baseline) | %d | %d | %d | %d | %d | 1 |%n",
                o.greedyHard(),
                o.greedy().unassigned(),
                o.greedy().lateMinutes(),
                o.greedy().travelMinutes(),
                o.greedy().lateAndTravelMinutes());
        out.printf(
                "| Timefold %d s | %d | %d | %d | %d | %d | %s× |%n",
                seconds,
                o.solvedHard(),
                o.solved().unassigned(),
                o.solved().lateMinutes(),
                o.solved().travelMinutes(),
                o.solved().lateAndTravelMinutes(),
                o.ratio().toPlainString());
        // The ratio is like with like only when both plans leave the same work unassigned.
        out.printf(
                "scores: Timefold %s, greedy %s; level by level, %s%n",
                o.comparison().plan(),
                o.comparison().baseline(),
                o.comparison()
                        .decidedBy()
                        .map(level -> (o.comparison().better() ? "Timefold is better on " : "Timefold is worse on ")
                                + level.code()
                                + (level == PlanComparison.Level.LATENESS_AND_TRAVEL
                                        ? " (both leave the same work unassigned)"
                                        : " (so lateness and travel are about different jobs)"))
                        .orElse("the plans are equal"));
    }
}
