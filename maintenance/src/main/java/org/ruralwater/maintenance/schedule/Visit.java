package org.ruralwater.maintenance.schedule;

import java.time.LocalDateTime;

/**
 * One job in a worker's day, as timed by the route: when the worker arrives, starts (after waiting for the
 * job's earliest start if it is later), and finishes, and how late that is against the job's due time.
 *
 * @param travelMinutes the drive from the previous stop (or the base)
 */
public record Visit(
        Job job, int travelMinutes, LocalDateTime arrival, LocalDateTime start, LocalDateTime end, long lateMinutes) {}
