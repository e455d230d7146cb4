package org.ruralwater.maintenance.schedule;

import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Solves a {@link CrewSchedule} with Timefold Solver and explains the result.
 *
 * <p>A time limit gives the best plan found in that time, which depends on the machine; a move limit gives
 * the same plan on every machine (the solver runs with a fixed random seed), which is what tests use.
 */
public final class Scheduler {

    private static final long SEED = 20_261_123L;

    private final SolverFactory<CrewSchedule> factory;

    private Scheduler(SolverConfig config) {
        this.factory = SolverFactory.create(config);
    }

    static SolverConfig config() {
        return new SolverConfig()
                .withSolutionClass(CrewSchedule.class)
                .withEntityClasses(WorkerDay.class, Job.class)
                .withConstraintProviderClass(ScheduleConstraints.class)
                .withRandomSeed(SEED);
    }

    /** Solves for this long and returns the best plan found. */
    public static Scheduler withTimeLimit(Duration limit) {
        return new Scheduler(
                config().withTerminationConfig(new TerminationConfig().withSpentLimit(requireNonNull(limit, "limit"))));
    }

    /**
     * Builds a first plan (every job placed where the construction heuristic can), then improves it for this
     * many moves: the same plan on every machine.
     */
    public static Scheduler withMoveLimit(long moves) {
        return new Scheduler(config().withPhases(
                        new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig()
                                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(moves))));
    }

    /** The best plan; the problem given is not changed. */
    public CrewSchedule solve(CrewSchedule problem) {
        return solve(problem, best -> {});
    }

    /** The best plan, telling {@code onBetter} each time a better one is found (for a progress display). */
    public CrewSchedule solve(CrewSchedule problem, Consumer<HardMediumSoftLongScore> onBetter) {
        requireNonNull(onBetter, "onBetter");
        Solver<CrewSchedule> solver = factory.buildSolver();
        solver.addEventListener(
                e -> onBetter.accept(e.getNewBestSolution().score().orElseThrow()));
        return solver.solve(requireNonNull(problem, "problem"));
    }

    /** Scores a plan (solved or not, such as the greedy one) and sets its score. */
    public static HardMediumSoftLongScore score(CrewSchedule plan) {
        SolutionManager<CrewSchedule, HardMediumSoftLongScore> manager =
                SolutionManager.create(SolverFactory.<CrewSchedule>create(config()));
        return manager.update(requireNonNull(plan, "plan"));
    }

    /** Every penalty of the plan, each naming its job or worker-day and why, by subject and rule. */
    public static List<Penalty> explain(CrewSchedule plan) {
        SolutionManager<CrewSchedule, HardMediumSoftLongScore> manager =
                SolutionManager.create(SolverFactory.<CrewSchedule>create(config()));
        List<Penalty> out = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c :
                manager.analyze(requireNonNull(plan, "plan")).constraintAnalyses()) {
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
