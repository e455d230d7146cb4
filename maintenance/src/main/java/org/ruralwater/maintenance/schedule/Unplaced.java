package org.ruralwater.maintenance.schedule;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.staff.Skill;

/**
 * A job a plan leaves unassigned, with the rule that kept it out and an explanation in words naming the
 * workers, days or minutes behind it.
 *
 * <p>The causes are tried in order, each among the workers and days the one before leaves: no worker who may
 * work in the village has the skills; no day of the horizon is on or after the day the job may start; none of
 * those days allows it (planned work on a rest day, leave) or its shift is too short for it even alone; every
 * day that could take it is full. A job that still has room somewhere was left out by a solve that stopped
 * too early, and says so.
 */
public record Unplaced(Job job, Cause cause, String explanation) {

    /** The rule that keeps a job out of every worker-day. */
    public enum Cause implements Coded {
        /** No worker who may work in the job's village has every skill it needs. */
        NO_SKILL,
        /** Every day of the horizon is before the day the job may start. */
        BEFORE_EARLIEST_DAY,
        /**
         * No day from its earliest allows it (rest days and leave), or it does not fit in any such shift even
         * alone, with the drive there and back.
         */
        OUTSIDE_EVERY_SHIFT,
        /** It would fit alone, but every day that could take it is full. */
        CAPACITY,
        /** A day still has room for it: the solve stopped before placing it (more moves or seconds may). */
        ROOM_LEFT
    }

    public Unplaced {
        requireNonNull(job, "job");
        requireNonNull(cause, "cause");
        requireNonNull(explanation, "explanation");
    }

    /** Every unassigned job of the plan with its cause, by earliest start and id. */
    public static List<Unplaced> in(CrewSchedule plan) {
        List<Unplaced> out = new ArrayList<>();
        for (Job job : plan.unassigned()) {
            out.add(of(plan, job));
        }
        out.sort(Comparator.comparing((Unplaced u) -> u.job().earliest())
                .thenComparing(u -> u.job().id()));
        return List.copyOf(out);
    }

    private static Unplaced of(CrewSchedule plan, Job job) {
        List<Worker> able = plan.workers().stream()
                .filter(w -> w.missing(job.skills()).isEmpty() && w.mayWorkIn(job.village()))
                .toList();
        if (able.isEmpty()) {
            return new Unplaced(job, Cause.NO_SKILL, noSkill(plan, job));
        }
        List<WorkerDay> started = plan.days().stream()
                .filter(d -> able.contains(d.worker()))
                .filter(d -> !d.date().isBefore(job.earliest().toLocalDate()))
                .toList();
        if (started.isEmpty()) {
            LocalDate last = plan.days().stream()
                    .map(WorkerDay::date)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            return new Unplaced(
                    job,
                    Cause.BEFORE_EARLIEST_DAY,
                    "it may start on " + job.earliest().toLocalDate() + ", after the horizon's last day " + last);
        }
        List<WorkerDay> allowed = started.stream().filter(d -> d.allows(job)).toList();
        if (allowed.isEmpty()) {
            return new Unplaced(
                    job,
                    Cause.OUTSIDE_EVERY_SHIFT,
                    "it is planned work that waits for a working day, but from "
                            + job.earliest().toLocalDate()
                            + " " + who(able) + (able.size() == 1 ? " has" : " have")
                            + " only rest days, holidays or leave in the horizon");
        }
        List<WorkerDay> fitting = allowed.stream().filter(d -> d.fitsAlone(job)).toList();
        if (fitting.isEmpty()) {
            return new Unplaced(
                    job,
                    Cause.OUTSIDE_EVERY_SHIFT,
                    "it takes " + job.durationMinutes() + " min"
                            + (job.earliest().toLocalTime().toSecondOfDay() > 0
                                    ? " from " + job.earliest().toLocalTime() + " on "
                                            + job.earliest().toLocalDate()
                                    : "")
                            + ", which with the drive there and back fits in no shift of " + who(able));
        }
        return fitting.stream()
                .filter(d -> d.hasRoomFor(job))
                .findFirst()
                .map(d -> new Unplaced(
                        job,
                        Cause.ROOM_LEFT,
                        d.worker().id() + " still has room for it on " + d.date()
                                + "; the solve stopped before placing it (more moves or seconds may place it)"))
                .orElseGet(() -> new Unplaced(
                        job,
                        Cause.CAPACITY,
                        "it would fit alone, but "
                                + (fitting.size() == 1 ? "the one day" : "all " + fitting.size() + " days")
                                + " on which " + who(able) + " could take it "
                                + (fitting.size() == 1 ? "is" : "are") + " full"));
    }

    private static String noSkill(CrewSchedule plan, Job job) {
        if (job.skills().isEmpty()) {
            return "no crew works in the county, and no water manager looks after village " + job.village();
        }
        String needs = job.skills().stream().sorted().map(Skill::code).collect(Collectors.joining(" and "));
        boolean elsewhere =
                plan.workers().stream().anyMatch(w -> w.missing(job.skills()).isEmpty());
        return "it needs " + needs
                + (elsewhere
                        ? ", which only water managers of other villages have"
                        : ", which no crew or water manager has");
    }

    /** The workers who could do a job, as the subject of a sentence. */
    private static String who(List<Worker> able) {
        return able.size() == 1 ? able.get(0).id() : "the " + able.size() + " workers who can do it";
    }
}
