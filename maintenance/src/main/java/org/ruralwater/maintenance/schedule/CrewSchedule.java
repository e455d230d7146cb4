package org.ruralwater.maintenance.schedule;

import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.staff.Skill;
import org.ruralwater.maintenance.plan.Catalogue;
import org.ruralwater.maintenance.plan.MaintenanceTask;
import org.ruralwater.maintenance.plan.RollingPlan;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.WorkOrder;

/**
 * A scheduling problem and, once solved, its plan: the workers, one {@link WorkerDay} per worker and day of
 * the horizon, and the jobs to place.
 */
@PlanningSolution
public final class CrewSchedule {

    @ProblemFactCollectionProperty
    private List<Worker> workers;

    @PlanningEntityCollectionProperty
    private List<WorkerDay> days;

    @PlanningEntityCollectionProperty
    private List<Job> jobs;

    @PlanningScore
    private @Nullable HardMediumSoftLongScore score;

    @SuppressWarnings("NullAway.Init")
    CrewSchedule() {
        // for the solver's cloning
    }

    CrewSchedule(List<Worker> workers, List<WorkerDay> days, List<Job> jobs) {
        this.workers = new ArrayList<>(workers);
        this.days = new ArrayList<>(days);
        this.jobs = new ArrayList<>(jobs);
    }

    /**
     * A problem over {@code horizonDays} days from {@code firstDay}. A worker-day is a working day when the work
     * calendar says so and the worker is not on leave; rest days and holidays are on call (repairs only);
     * leave is off. Water managers follow the same calendar.
     *
     * @throws IllegalArgumentException when two jobs or workers share an id, or a place is not in the county
     */
    public static CrewSchedule of(
            County county,
            WorkCalendar calendar,
            LocalDate firstDay,
            int horizonDays,
            List<Worker> workers,
            List<Job> jobs,
            TravelModel travel) {
        requireNonNull(county, "county");
        requireNonNull(calendar, "calendar");
        if (horizonDays < 1) {
            throw new IllegalArgumentException("a horizon needs at least one day, but was " + horizonDays);
        }
        unique(workers.stream().map(Worker::id).toList(), "worker");
        unique(jobs.stream().map(Job::id).toList(), "job");
        List<RegionCode> codes = new ArrayList<>();
        workers.forEach(w -> codes.add(w.base()));
        jobs.forEach(j -> codes.add(j.village()));
        Places places = Places.of(county, codes, requireNonNull(travel, "travel"));
        for (Job j : jobs) {
            j.place(places.of(j.village()));
        }
        List<WorkerDay> days = new ArrayList<>();
        for (Worker w : workers) {
            for (int i = 0; i < horizonDays; i++) {
                LocalDate d = firstDay.plusDays(i);
                Availability a = w.leave().contains(d)
                        ? Availability.OFF
                        : calendar.isWorkingDay(d) ? Availability.WORKING : Availability.ON_CALL;
                WorkerDay day = new WorkerDay(w, d, a, places);
                day.offer(jobs);
                days.add(day);
            }
        }
        return new CrewSchedule(workers, days, jobs);
    }

    /**
     * A county's own scheduling problem: the preventive tasks its catalogue gives for the horizon (tasks
     * already overdue before it are left to the caller, as a county without its history would have many),
     * its open work orders held to its commitments, and its crews and water managers.
     *
     * @param emergencySeverity the severity tier whose work orders are emergencies; others are breakdowns
     * @param repairMinutes the time on site a work order is planned for
     * @param repairSkills the skills a work order needs
     */
    public static CrewSchedule forCounty(
            County county,
            Catalogue catalogue,
            WorkCalendar calendar,
            LocalDate firstDay,
            int horizonDays,
            List<WorkOrder> workOrders,
            ResponseCommitments commitments,
            String emergencySeverity,
            int repairMinutes,
            Set<Skill> repairSkills) {
        LocalDate lastDay = firstDay.plusDays(horizonDays - 1L);
        List<Job> jobs = new ArrayList<>();
        for (MaintenanceTask t : RollingPlan.of(catalogue, calendar)
                .generate(county, List.of(), List.of(), firstDay, lastDay, Set.of())) {
            if (!t.due().isBefore(firstDay)) {
                jobs.add(Job.preventive(t));
            }
        }
        for (WorkOrder w : workOrders) {
            if (w.repairedAt().isPresent()) {
                continue;
            }
            jobs.add(Job.repair(
                    w,
                    w.severity().equals(emergencySeverity) ? Priority.EMERGENCY : Priority.BREAKDOWN,
                    commitments.repairDeadline(w, calendar),
                    repairMinutes,
                    repairSkills));
        }
        List<Worker> workers = new ArrayList<>();
        county.crews().forEach(c -> workers.add(Worker.crew(c, Set.of())));
        county.waterManagers().forEach(m -> workers.add(Worker.waterManager(m, Set.of())));
        return of(county, calendar, firstDay, horizonDays, workers, jobs, TravelModel.RURAL_DEFAULT);
    }

    private static void unique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("two " + what + "s have the id " + id);
            }
        }
    }

    /**
     * Records work already started: the job stays first in that worker's day, where the solver cannot move
     * it. Call before solving.
     */
    public CrewSchedule started(String jobId, String workerId, LocalDate date) {
        Job job = job(jobId).orElseThrow(() -> new IllegalArgumentException("no job " + jobId));
        WorkerDay day = day(workerId, date)
                .orElseThrow(() -> new IllegalArgumentException("no day " + date + " for worker " + workerId));
        for (WorkerDay d : days) {
            if (d.jobs().contains(job)) {
                throw new IllegalArgumentException("job " + jobId + " is already in " + d.id());
            }
        }
        day.pin(job);
        return this;
    }

    public List<Worker> workers() {
        return List.copyOf(workers);
    }

    public List<WorkerDay> days() {
        return List.copyOf(days);
    }

    public List<Job> jobs() {
        return List.copyOf(jobs);
    }

    public Optional<HardMediumSoftLongScore> score() {
        return Optional.ofNullable(score);
    }

    void score(HardMediumSoftLongScore score) {
        this.score = requireNonNull(score, "score");
    }

    public Optional<Job> job(String id) {
        return jobs.stream().filter(j -> j.id().equals(id)).findFirst();
    }

    public Optional<WorkerDay> day(String workerId, LocalDate date) {
        return days.stream()
                .filter(d -> d.worker().id().equals(workerId) && d.date().equals(date))
                .findFirst();
    }

    /** The jobs no worker-day holds. */
    public List<Job> unassigned() {
        Set<Job> placed = new HashSet<>();
        days.forEach(d -> placed.addAll(d.jobs()));
        return jobs.stream().filter(j -> !placed.contains(j)).toList();
    }

    /** Lateness, travel, work on call and unassigned jobs, unweighted: what a plan costs, to show. */
    public PlanFigures figures() {
        long late = 0;
        long travel = 0;
        long onCall = 0;
        for (WorkerDay d : days) {
            Timeline t = d.timeline();
            late += t.lateMinutes();
            travel += t.travelMinutes();
            if (d.availability() == Availability.ON_CALL) {
                onCall += d.jobs().stream().mapToLong(Job::durationMinutes).sum();
            }
        }
        return new PlanFigures(late, travel, onCall, unassigned().size());
    }

    /**
     * A copy with the same workers, days and jobs, and the same jobs in the same days: a plan of its own to
     * solve or assign, leaving this one as it was.
     */
    CrewSchedule copy() {
        return copy(false);
    }

    /** A copy whose every day may take every job, so that a plan breaking the rules can still be scored. */
    CrewSchedule copyOfferingEveryJob() {
        return copy(true);
    }

    private CrewSchedule copy(boolean offerEveryJob) {
        Map<Job, Job> copies = new IdentityHashMap<>();
        List<Job> jobCopies = new ArrayList<>(jobs.size());
        for (Job j : jobs) {
            Job c = j.copy();
            copies.put(j, c);
            jobCopies.add(c);
        }
        List<WorkerDay> dayCopies = new ArrayList<>(days.size());
        for (WorkerDay d : days) {
            dayCopies.add(d.copy(copies, offerEveryJob ? jobCopies : null));
        }
        return new CrewSchedule(workers, dayCopies, jobCopies);
    }
}
