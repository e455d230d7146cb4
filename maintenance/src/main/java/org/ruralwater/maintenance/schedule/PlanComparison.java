package org.ruralwater.maintenance.schedule;

import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;

/**
 * Two plans of the same problem compared as their scores rank them, level by level: the hard rules broken
 * first, then the unassigned work (weighted by priority), then lateness (weighted by priority), travel and
 * work on call. A lower level counts only between plans equal on every level above it: lateness and travel
 * of plans that leave different work unassigned are about different jobs.
 *
 * @param plan the score of the plan compared
 * @param baseline the score of the plan it is compared with, such as the earliest-due-date one
 */
public record PlanComparison(HardMediumSoftLongScore plan, HardMediumSoftLongScore baseline) {

    /** A level of the score, from the one that counts most. */
    public enum Level implements Coded {
        /** Skills, days off, overtime, earliest starts, a water manager's villages. */
        HARD_RULES,
        /** Jobs left unassigned, weighted by priority. */
        UNASSIGNED_WORK,
        /** Lateness weighted by priority, minutes driven and minutes of work on call. */
        LATENESS_AND_TRAVEL
    }

    public PlanComparison {
        requireNonNull(plan, "plan");
        requireNonNull(baseline, "baseline");
    }

    /** Compares two scored plans, such as a solved one and its greedy baseline. */
    public static PlanComparison of(CrewSchedule plan, CrewSchedule baseline) {
        return new PlanComparison(scored(plan, "plan"), scored(baseline, "baseline"));
    }

    private static HardMediumSoftLongScore scored(CrewSchedule s, String name) {
        return requireNonNull(s, name)
                .score()
                .orElseThrow(() -> new IllegalArgumentException(
                        "the " + name + " has no score\nMaybe score it first with Scheduler.score?"));
    }

    /** The first level on which the plans differ; empty when they are equal on all three. */
    public Optional<Level> decidedBy() {
        if (plan.hardScore() != baseline.hardScore()) {
            return Optional.of(Level.HARD_RULES);
        }
        if (plan.mediumScore() != baseline.mediumScore()) {
            return Optional.of(Level.UNASSIGNED_WORK);
        }
        if (plan.softScore() != baseline.softScore()) {
            return Optional.of(Level.LATENESS_AND_TRAVEL);
        }
        return Optional.empty();
    }

    /** Whether the plan is better than the baseline on the level that decides. */
    public boolean better() {
        return plan.compareTo(baseline) > 0;
    }

    /** Whether the plan is worse than the baseline on the level that decides. */
    public boolean worse() {
        return plan.compareTo(baseline) < 0;
    }
}
