package org.ruralwater.maintenance.schedule;

import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Solves a {@link CrewSchedule} with Timefold Solver and explains the result.
 *
 * <p>Plans are ranked as their score ranks them, level by level: first the hard rules broken, then the
 * unassigned work (weighted by priority), and only then lateness (weighted by priority), travel and work on
 * call. A plan that places more work is better however far it drives; lateness and travel decide only between
 * plans that leave the same weight of work out.
 *
 * <p>A solve is never worse on those levels than the {@linkplain EarliestDueDate earliest-due-date plan} of
 * the same problem: the solver's construction heuristic builds a first plan, and the local search starts
 * from whichever of that plan and the greedy one scores better, keeping the best plan it finds.
 *
 * <p>A time limit gives the best plan found in that time, which depends on the machine; a move limit gives
 * the same plan on every machine (the solver runs with a fixed random seed), which is what tests use.
 */
public final class Scheduler {

    private static final long SEED = 20_261_123L;

    /** Built once: building a factory compiles the constraint streams. */
    private static final SolverFactory<CrewSchedule> SCORING = SolverFactory.create(config());

    private static final SolverFactory<CrewSchedule> CONSTRUCTION =
            SolverFactory.create(config().withPhases(new ConstructionHeuristicPhaseConfig()));

    /** Local search only, from the first plan it is given; the termination is set for each solve. */
    private static final SolverFactory<CrewSchedule> IMPROVEMENT =
            SolverFactory.create(config().withPhases(new LocalSearchPhaseConfig()));

    private final @Nullable Duration timeLimit;
    private final long moveLimit;

    private Scheduler(@Nullable Duration timeLimit, long moveLimit) {
        this.timeLimit = timeLimit;
        this.moveLimit = moveLimit;
    }

    static SolverConfig config() {
        return new SolverConfig()
                .withSolutionClass(CrewSchedule.class)
                .withEntityClasses(WorkerDay.class, Job.class)
                .withConstraintProviderClass(ScheduleConstraints.class)
                .withRandomSeed(SEED);
    }

    /** Solves for this long in all (the first plan included) and returns the best plan found. */
    public static Scheduler withTimeLimit(Duration limit) {
        requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a time limit must be positive, but was " + limit);
        }
        return new Scheduler(limit, 0);
    }

    /**
     * Builds a first plan (the construction heuristic's, or the greedy one if that is better), then improves
     * it for this many moves: the same plan on every machine.
     */
    public static Scheduler withMoveLimit(long moves) {
        if (moves < 0) {
            throw new IllegalArgumentException("a move limit cannot be negative, but was " + moves);
        }
        return new Scheduler(null, moves);
    }

    /** The best plan; the problem given is not changed. */
    public CrewSchedule solve(CrewSchedule problem) {
        return solve(problem, best -> {});
    }

    /**
     * The best plan, telling {@code onBetter} the first plan's score and each better one found (for a progress
     * display); the problem given is not changed.
     */
    public CrewSchedule solve(CrewSchedule problem, Consumer<HardMediumSoftLongScore> onBetter) {
        requireNonNull(problem, "problem");
        requireNonNull(onBetter, "onBetter");
        long started = System.nanoTime();
        CrewSchedule greedy = EarliestDueDate.assign(problem.copy());
        HardMediumSoftLongScore greedyScore = score(greedy);
        Solver<CrewSchedule> construction = timeLimit == null
                ? CONSTRUCTION.buildSolver()
                : CONSTRUCTION.buildSolver(
                        new SolverConfigOverride<CrewSchedule>().withTerminationSpentLimit(timeLimit));
        CrewSchedule constructed = construction.solve(problem.copy());
        CrewSchedule first = constructed.score().orElseThrow().compareTo(greedyScore) >= 0 ? constructed : greedy;
        onBetter.accept(first.score().orElseThrow());
        TerminationConfig stop = new TerminationConfig();
        if (timeLimit != null) {
            // Whole milliseconds: Timefold refuses a spent limit with nanoseconds.
            Duration left = timeLimit.minusNanos(System.nanoTime() - started).truncatedTo(ChronoUnit.MILLIS);
            if (left.isNegative() || left.isZero()) {
                return first;
            }
            stop.withSpentLimit(left);
        } else {
            stop.withMoveCountLimit(moveLimit);
        }
        // The first plan is the starting solution and the solver keeps the best it sees, so the plan handed
        // back is never worse than the first one, nor therefore than the greedy one.
        Solver<CrewSchedule> improver =
                IMPROVEMENT.buildSolver(new SolverConfigOverride<CrewSchedule>().withTerminationConfig(stop));
        improver.addEventListener(
                e -> onBetter.accept(e.getNewBestSolution().score().orElseThrow()));
        return improver.solve(first);
    }

    /** Scores a plan (solved or not, such as the greedy one) and sets its score. */
    public static HardMediumSoftLongScore score(CrewSchedule plan) {
        // On a copy that offers every job to every day: a plan laid out by hand may break the rules the
        // solver's value ranges keep to, and it is scored, not refused.
        SolutionManager<CrewSchedule, HardMediumSoftLongScore> manager = SolutionManager.create(SCORING);
        HardMediumSoftLongScore score =
                manager.update(requireNonNull(plan, "plan").copyOfferingEveryJob());
        plan.score(score);
        return score;
    }

    /** Every penalty of the plan, each naming its job or worker-day and why, by subject and rule. */
    public static List<Penalty> explain(CrewSchedule plan) {
        SolutionManager<CrewSchedule, HardMediumSoftLongScore> manager = SolutionManager.create(SCORING);
        List<Penalty> out = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : manager.analyze(
                        requireNonNull(plan, "plan").copyOfferingEveryJob())
                .constraintAnalyses()) {
            for (MatchAnalysis<HardMediumSoftLongScore> m : c.matches()) {
                HardMediumSoftLongScore s = m.score();
                String level = s.hardScore() != 0 ? "hard" : s.mediumScore() != 0 ? "medium" : "soft";
                long amount = -(s.hardScore() + s.mediumScore() + s.softScore());
                JobPenalty why = (JobPenalty) m.justification();
                out.add(new Penalty(c.constraintName(), level, amount, why.subject(), why.reason()));
            }
        }
        out.sort(Comparator.comparing(Penalty::subject).thenComparing(Penalty::constraint));
        return out;
    }
}
