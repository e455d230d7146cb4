package org.ruralwater.maintenance.schedule;

import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.staff.Skill;
import org.ruralwater.maintenance.plan.MaintenanceTask;
import org.ruralwater.maintenance.plan.RestDayRule;
import org.ruralwater.maintenance.workorder.WorkOrder;

/**
 * A piece of work to place in someone's day: a preventive task or a work order. Its time on site, where, who
 * can do it, not before when and by when.
 */
@PlanningEntity
public final class Job {

    @PlanningId
    private String id;

    private String title;
    private Priority priority;
    private RegionCode village;
    private int durationMinutes;
    private Set<Skill> skills;
    private LocalDateTime earliest;
    private LocalDateTime due;
    private int place;
    private boolean onRestDays;

    @InverseRelationShadowVariable(sourceVariableName = "jobs")
    private @Nullable WorkerDay day;

    @SuppressWarnings("NullAway.Init")
    Job() {
        // for the solver's cloning
    }

    /** A job that waits for a working day if it is planned work, and may be done on call if it is a repair. */
    public Job(
            String id,
            String title,
            Priority priority,
            RegionCode village,
            int durationMinutes,
            Set<Skill> skills,
            LocalDateTime earliest,
            LocalDateTime due) {
        this.id = requireNonNull(id, "id");
        this.title = requireNonNull(title, "title");
        this.priority = requireNonNull(priority, "priority");
        this.village = requireNonNull(village, "village");
        this.skills = Set.copyOf(skills);
        this.earliest = requireNonNull(earliest, "earliest");
        this.due = requireNonNull(due, "due");
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("job " + id + " needs a positive duration, but has " + durationMinutes);
        }
        this.durationMinutes = durationMinutes;
        this.onRestDays = priority != Priority.PLANNED;
    }

    /**
     * A preventive task: may start on its earliest day, done by the end of its due day. Work its plan keeps on
     * rest days (a daily intake or dosing check) may be done on an on-call day; other planned work waits for a
     * working day.
     */
    public static Job preventive(MaintenanceTask task) {
        Job job = new Job(
                task.id(),
                task.title(),
                Priority.PLANNED,
                task.village(),
                task.durationMinutes(),
                Set.copyOf(task.skills()),
                task.earliest().atStartOfDay(),
                task.due().plusDays(1).atStartOfDay());
        job.onRestDays = task.onRestDay() == RestDayRule.KEEP;
        return job;
    }

    /** A work order: may start once reported, due by its repair deadline under the county's commitments. */
    public static Job repair(
            WorkOrder order, Priority priority, LocalDateTime deadline, int durationMinutes, Set<Skill> skills) {
        return new Job(
                order.id(),
                order.description(),
                priority,
                order.village(),
                durationMinutes,
                skills,
                order.reportedAt(),
                deadline);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Priority priority() {
        return priority;
    }

    public RegionCode village() {
        return village;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public Set<Skill> skills() {
        return skills;
    }

    public LocalDateTime earliest() {
        return earliest;
    }

    public LocalDateTime due() {
        return due;
    }

    /** Whether the job may be done on a rest day or holiday, by whoever is on call: repairs and kept checks. */
    public boolean onRestDays() {
        return onRestDays;
    }

    /** Marks planned work that does not stop for rest days (for tests that build jobs by hand). */
    Job keptOnRestDays() {
        this.onRestDays = true;
        return this;
    }

    /** The worker-day the job is in; empty while unassigned. */
    public Optional<WorkerDay> day() {
        return Optional.ofNullable(day);
    }

    int place() {
        return place;
    }

    void place(int place) {
        this.place = place;
    }

    /** The same job, unassigned, for a copy of its schedule. */
    Job copy() {
        Job c = new Job(id, title, priority, village, durationMinutes, skills, earliest, due);
        c.place = place;
        c.onRestDays = onRestDays;
        return c;
    }

    @Override
    public String toString() {
        return id;
    }
}
