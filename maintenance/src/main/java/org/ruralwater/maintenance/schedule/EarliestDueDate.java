package org.ruralwater.maintenance.schedule;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline a dispatcher would do by hand: take the jobs by due time (the most urgent first on a tie) and
 * give each to the qualified worker-day that allows it (planned work on working days, repairs on call too) where it would finish soonest without running past the
 * shift, appended to what that day already has. Jobs that fit nowhere stay unassigned.
 */
public final class EarliestDueDate {

    private EarliestDueDate() {}

    /** Fills the problem's worker-days in place and returns it. */
    public static CrewSchedule assign(CrewSchedule problem) {
        Set<Job> placed = new HashSet<>();
        problem.days().forEach(d -> placed.addAll(d.jobs()));
        List<Job> order = problem.jobs().stream()
                .filter(j -> !placed.contains(j))
                .sorted(Comparator.comparing(Job::due)
                        .thenComparing(j -> -j.priority().weight())
                        .thenComparing(Job::id))
                .toList();
        for (Job job : order) {
            WorkerDay best = null;
            LocalDateTime bestEnd = LocalDateTime.MAX;
            for (WorkerDay day : problem.days()) {
                if (!day.mayTake(job)) {
                    continue;
                }
                day.route().add(job);
                Timeline t = day.timeline();
                day.route().remove(day.route().size() - 1);
                if (t.overtimeMinutes() > 0) {
                    continue;
                }
                LocalDateTime end = t.visits().get(t.visits().size() - 1).end();
                if (end.isBefore(bestEnd)) {
                    bestEnd = end;
                    best = day;
                }
            }
            if (best != null) {
                best.route().add(job);
            }
        }
        return problem;
    }
}
