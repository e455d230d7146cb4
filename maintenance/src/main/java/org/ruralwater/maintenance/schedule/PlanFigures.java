package org.ruralwater.maintenance.schedule;

/**
 * What a plan costs, unweighted: minutes late summed over jobs, minutes driven, minutes of work on on-call
 * days (rest days and holidays), and jobs left unassigned.
 *
 * <p>These are figures to show, not to rank plans by: two plans that leave different jobs unassigned cover
 * different work, so their lateness and travel are not comparable. Plans are ranked by their score, level by
 * level (see {@link Scheduler}).
 */
public record PlanFigures(long lateMinutes, long travelMinutes, long onCallMinutes, int unassigned) {

    /** Lateness plus travel: the figure the benchmark reports between plans that place the same jobs. */
    public long lateAndTravelMinutes() {
        return lateMinutes + travelMinutes;
    }
}
