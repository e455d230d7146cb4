package org.ruralwater.maintenance.schedule;

import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One worker on one day of the horizon, with the ordered jobs of that day: the planning variable. Days the
 * worker is off or only on call exist too, so that putting the wrong work on them is a visible, explained hard
 * penalty rather than something the model silently cannot express.
 */
@PlanningEntity
public final class WorkerDay {

    @PlanningId
    private String id;

    private Worker worker;
    private LocalDate date;
    private Availability availability;
    private Places places;
    private int base;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<Job> jobs = new ArrayList<>();

    /**
     * The jobs this day may take at all: the worker has their skills and may work in their village, the day
     * allows them, is not before they may start, and has room for each alone. The solver tries no other, so a
     * county's thousands of worker-days cost only the few that could do each job.
     */
    @ValueRangeProvider
    private List<Job> candidates = new ArrayList<>();

    /** Started work: the first jobs of the list that the solver must not move. */
    @PlanningPinToIndex
    private int pinnedJobs;

    @SuppressWarnings("NullAway.Init")
    WorkerDay() {
        // for the solver's cloning
    }

    WorkerDay(Worker worker, LocalDate date, Availability availability, Places places) {
        this.worker = requireNonNull(worker, "worker");
        this.date = requireNonNull(date, "date");
        this.id = worker.id() + "@" + date;
        this.availability = requireNonNull(availability, "availability");
        this.places = requireNonNull(places, "places");
        this.base = places.of(worker.base());
    }

    public String id() {
        return id;
    }

    public Worker worker() {
        return worker;
    }

    public LocalDate date() {
        return date;
    }

    public Availability availability() {
        return availability;
    }

    /** Whether the job may be done on this day at all: planned work on working days, repairs on call too. */
    public boolean allows(Job job) {
        return availability.allows(job);
    }

    /** The day's jobs in visiting order (a read-only view). */
    public List<Job> jobs() {
        return Collections.unmodifiableList(jobs);
    }

    /** The list itself, for the greedy baseline and for tests that lay out a day by hand. */
    List<Job> route() {
        return jobs;
    }

    public int pinnedJobs() {
        return pinnedJobs;
    }

    void pin(Job job) {
        jobs.add(pinnedJobs, job);
        pinnedJobs++;
        // Started work is where it is, whatever the rules say of it; its penalties show that.
        if (!candidates.contains(job)) {
            candidates.add(job);
        }
    }

    /** The route timed from the shift start; recomputed on each call, as the solver changes the list. */
    public Timeline timeline() {
        return timeline(jobs);
    }

    /**
     * Whether this day may take the job at all, whatever else it holds: the worker has its skills and may work
     * in its village, the day allows it, is not before it may start, and would have room for it alone.
     */
    boolean mayTake(Job job) {
        return allows(job)
                && !date.isBefore(job.earliest().toLocalDate())
                && worker.missing(job.skills()).isEmpty()
                && worker.mayWorkIn(job.village())
                && fitsAlone(job);
    }

    /** Sets the jobs the solver may put in this day: those it {@linkplain #mayTake may take}. */
    void offer(List<Job> all) {
        candidates = new ArrayList<>();
        for (Job j : all) {
            if (mayTake(j)) {
                candidates.add(j);
            }
        }
    }

    /**
     * Whether the job could go somewhere in this day's route without running past the shift: the day allows
     * it, and inserting it at some place of the route (after the started work) leaves no overtime.
     */
    boolean hasRoomFor(Job job) {
        if (!allows(job)) {
            return false;
        }
        for (int at = pinnedJobs; at <= jobs.size(); at++) {
            List<Job> route = new ArrayList<>(jobs);
            route.add(at, job);
            if (timeline(route).overtimeMinutes() == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the job alone would fit in this day's shift, travel from and back to the base included. */
    boolean fitsAlone(Job job) {
        return timeline(List.of(job)).overtimeMinutes() == 0;
    }

    private Timeline timeline(List<Job> jobs) {
        LocalDateTime midnight = date.atStartOfDay();
        int shiftStart = worker.shiftStart().toSecondOfDay() / 60;
        int clock = shiftStart;
        int at = base;
        int travel = 0;
        List<Visit> visits = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            int drive = places.minutes(at, job.place());
            travel += drive;
            int arrival = clock + drive;
            int start = arrival;
            if (job.earliest().toLocalDate().equals(date)) {
                start = Math.max(arrival, job.earliest().toLocalTime().toSecondOfDay() / 60);
            }
            int end = start + job.durationMinutes();
            long dueMinute = Duration.between(midnight, job.due()).toMinutes();
            visits.add(new Visit(
                    job,
                    drive,
                    midnight.plusMinutes(arrival),
                    midnight.plusMinutes(start),
                    midnight.plusMinutes(end),
                    Math.max(0, end - dueMinute)));
            clock = end;
            at = job.place();
        }
        if (!jobs.isEmpty()) {
            int back = places.minutes(at, base);
            travel += back;
            clock += back;
        }
        return new Timeline(visits, travel, Math.max(0, clock - shiftStart - worker.shiftMinutes()));
    }

    /**
     * The same worker-day with the copies of its jobs, started work still pinned, offering the copies of its
     * candidates, or {@code everyJob} when given.
     */
    WorkerDay copy(Map<Job, Job> copies, @Nullable List<Job> everyJob) {
        WorkerDay c = new WorkerDay(worker, date, availability, places);
        jobs.forEach(j -> c.jobs.add(copies.get(j)));
        if (everyJob != null) {
            c.candidates.addAll(everyJob);
        } else {
            candidates.forEach(j -> c.candidates.add(copies.get(j)));
        }
        c.pinnedJobs = pinnedJobs;
        return c;
    }

    @Override
    public String toString() {
        return id;
    }
}
