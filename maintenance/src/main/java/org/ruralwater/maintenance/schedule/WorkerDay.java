package org.ruralwater.maintenance.schedule;

import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
    }

    /** The route timed from the shift start; recomputed on each call, as the solver changes the list. */
    public Timeline timeline() {
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

    @Override
    public String toString() {
        return id;
    }
}
