package org.ruralwater.maintenance.schedule;

/**
 * What a plan costs, unweighted: minutes late summed over jobs, minutes driven, and jobs left unassigned.
 */
public record PlanFigures(long lateMinutes, long travelMinutes, int unassigned) {

    /** Lateness plus travel: the quantity the scheduler and the greedy baseline are compared on. */
    public long lateAndTravelMinutes() {
        return lateMinutes + travelMinutes;
    }
}
