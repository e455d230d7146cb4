package org.ruralwater.maintenance.schedule;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.staff.Skill;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.maintenance.wording.MaintenanceWords;

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
public record Unplaced(Job job, Cause cause, Phrase why) {

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
        requireNonNull(why, "why");
    }

    /** The explanation in English: the form of logs and of outputs for machines. */
    public String explanation() {
        return why.toString();
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
                    Phrase.of(MaintenanceWords.BEFORE_HORIZON, job.earliest().toLocalDate(), last));
        }
        List<WorkerDay> allowed = started.stream().filter(d -> d.allows(job)).toList();
        if (allowed.isEmpty()) {
            return new Unplaced(
                    job,
                    Cause.OUTSIDE_EVERY_SHIFT,
                    Phrase.of(
                            able.size() == 1
                                    ? MaintenanceWords.ONLY_REST_DAYS_ONE
                                    : MaintenanceWords.ONLY_REST_DAYS_MANY,
                            job.earliest().toLocalDate(),
                            who(able)));
        }
        List<WorkerDay> fitting = allowed.stream().filter(d -> d.fitsAlone(job)).toList();
        if (fitting.isEmpty()) {
            return new Unplaced(
                    job,
                    Cause.OUTSIDE_EVERY_SHIFT,
                    job.earliest().toLocalTime().toSecondOfDay() > 0
                            ? Phrase.of(
                                    MaintenanceWords.FITS_NO_SHIFT_FROM,
                                    job.durationMinutes(),
                                    job.earliest().toLocalTime(),
                                    job.earliest().toLocalDate(),
                                    who(able))
                            : Phrase.of(MaintenanceWords.FITS_NO_SHIFT, job.durationMinutes(), who(able)));
        }
        return fitting.stream()
                .filter(d -> d.hasRoomFor(job))
                .findFirst()
                .map(d -> new Unplaced(
                        job,
                        Cause.ROOM_LEFT,
                        Phrase.of(MaintenanceWords.ROOM_LEFT_ON, d.worker().id(), d.date())))
                .orElseGet(() -> new Unplaced(
                        job,
                        Cause.CAPACITY,
                        fitting.size() == 1
                                ? Phrase.of(MaintenanceWords.FULL_ONE_DAY, who(able))
                                : Phrase.of(MaintenanceWords.FULL_DAYS, fitting.size(), who(able))));
    }

    private static Phrase noSkill(CrewSchedule plan, Job job) {
        if (job.skills().isEmpty()) {
            return Phrase.of(MaintenanceWords.NO_WORKER_AT_ALL, job.village());
        }
        Phrase needs = null;
        for (Skill s : job.skills().stream().sorted().toList()) {
            Phrase skill = Labels.codeOrLabel(s, s.code());
            needs = needs == null ? skill : Phrase.of(MaintenanceWords.AND, needs, skill);
        }
        boolean elsewhere =
                plan.workers().stream().anyMatch(w -> w.missing(job.skills()).isEmpty());
        return Phrase.of(
                elsewhere ? MaintenanceWords.NEEDS_SKILLS_ELSEWHERE : MaintenanceWords.NEEDS_SKILLS_NOWHERE, needs);
    }

    /** The workers who could do a job, as the subject of a sentence. */
    private static Phrase who(List<Worker> able) {
        return able.size() == 1
                ? Phrase.verbatim(able.get(0).id())
                : Phrase.of(MaintenanceWords.WORKERS_WHO_CAN, able.size());
    }
}
