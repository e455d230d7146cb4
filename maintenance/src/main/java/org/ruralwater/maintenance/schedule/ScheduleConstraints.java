package org.ruralwater.maintenance.schedule;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import java.time.temporal.ChronoUnit;

/** The scheduler's rules. Each has a ConstraintVerifier test and explains every match with a {@link JobPenalty}. */
public final class ScheduleConstraints implements ConstraintProvider {

    static final String MISSING_SKILL = "Missing skill or certificate";
    static final String UNAVAILABLE_DAY = "Work on a day off";
    static final String OVERTIME = "Day longer than the shift";
    static final String BEFORE_EARLIEST = "Started before it may start";
    static final String OUTSIDE_VILLAGES = "Water manager outside his villages";
    static final String UNASSIGNED = "Job not assigned";
    static final String LATENESS = "Late against the due time";
    static final String TRAVEL = "Travel";
    static final String ON_CALL_WORK = "Repair on an on-call day";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            missingSkill(factory),
            unavailableDay(factory),
            overtime(factory),
            beforeEarliest(factory),
            outsideVillages(factory),
            unassigned(factory),
            lateness(factory),
            travel(factory),
            onCallWork(factory)
        };
    }

    Constraint missingSkill(ConstraintFactory f) {
        return f.forEach(WorkerDay.class)
                .flatten(WorkerDay::jobs)
                .filter((day, job) -> !day.worker().missing(job.skills()).isEmpty())
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        (day, job) -> day.worker().missing(job.skills()).size())
                .justifyWith((day, job, score) -> new JobPenalty(
                        job.id(), day.worker().id() + " lacks " + day.worker().missing(job.skills())))
                .asConstraint(MISSING_SKILL);
    }

    Constraint unavailableDay(ConstraintFactory f) {
        return f.forEach(WorkerDay.class)
                .filter(day -> day.availability() != Availability.WORKING)
                .flatten(WorkerDay::jobs)
                .filter((day, job) -> !day.allows(job))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((day, job, score) -> new JobPenalty(
                        job.id(),
                        day.worker().id()
                                + (day.availability() == Availability.OFF
                                        ? " is on leave on " + day.date()
                                        : " is only on call on " + day.date() + ", for repairs, not planned work")))
                .asConstraint(UNAVAILABLE_DAY);
    }

    Constraint overtime(ConstraintFactory f) {
        return f.forEach(WorkerDay.class)
                .filter(day -> day.timeline().overtimeMinutes() > 0)
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD, day -> day.timeline().overtimeMinutes())
                .justifyWith((day, score) -> new JobPenalty(
                        day.id(),
                        "the day runs " + day.timeline().overtimeMinutes() + " min past the "
                                + day.worker().shiftMinutes() + "-minute shift"))
                .asConstraint(OVERTIME);
    }

    Constraint beforeEarliest(ConstraintFactory f) {
        return f.forEach(WorkerDay.class)
                .flatten(WorkerDay::jobs)
                .filter((day, job) -> day.date().isBefore(job.earliest().toLocalDate()))
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        (day, job) -> ChronoUnit.DAYS.between(
                                day.date(), job.earliest().toLocalDate()))
                .justifyWith((day, job, score) ->
                        new JobPenalty(job.id(), "placed on " + day.date() + " but may start " + job.earliest()))
                .asConstraint(BEFORE_EARLIEST);
    }

    Constraint outsideVillages(ConstraintFactory f) {
        return f.forEach(WorkerDay.class)
                .flatten(WorkerDay::jobs)
                .filter((day, job) -> !day.worker().mayWorkIn(job.village()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((day, job, score) ->
                        new JobPenalty(job.id(), day.worker().id() + " does not look after village " + job.village()))
                .asConstraint(OUTSIDE_VILLAGES);
    }

    Constraint unassigned(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(Job.class)
                .filter(job -> job.day().isEmpty())
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_MEDIUM,
                        job -> job.priority().weight())
                .justifyWith((job, score) -> new JobPenalty(
                        job.id(), "not assigned (" + job.priority().code() + ")"))
                .asConstraint(UNASSIGNED);
    }

    Constraint lateness(ConstraintFactory f) {
        return f.forEach(WorkerDay.class)
                .flatten(day -> day.timeline().visits())
                .filter((day, visit) -> visit.lateMinutes() > 0)
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_SOFT,
                        (day, visit) ->
                                visit.lateMinutes() * visit.job().priority().weight())
                .justifyWith((day, visit, score) -> new JobPenalty(
                        visit.job().id(),
                        "finishes " + visit.end() + ", " + visit.lateMinutes() + " min after its due time "
                                + visit.job().due() + " ("
                                + visit.job().priority().code()
                                + ", weight " + visit.job().priority().weight() + ")"))
                .asConstraint(LATENESS);
    }

    Constraint travel(ConstraintFactory f) {
        return f.forEach(WorkerDay.class)
                .filter(day -> !day.jobs().isEmpty())
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_SOFT, day -> day.timeline().travelMinutes())
                .justifyWith((day, score) -> new JobPenalty(
                        day.id(),
                        day.timeline().travelMinutes() + " min driving over "
                                + day.jobs().size() + " jobs"))
                .asConstraint(TRAVEL);
    }

    Constraint onCallWork(ConstraintFactory f) {
        return f.forEach(WorkerDay.class)
                .filter(day -> day.availability() == Availability.ON_CALL)
                .flatten(WorkerDay::jobs)
                .filter((day, job) -> day.allows(job))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (day, job) -> job.durationMinutes())
                .justifyWith((day, job, score) -> new JobPenalty(
                        job.id(),
                        job.durationMinutes() + " min of duty work on " + day.date() + ", a rest day or holiday"))
                .asConstraint(ON_CALL_WORK);
    }
}
