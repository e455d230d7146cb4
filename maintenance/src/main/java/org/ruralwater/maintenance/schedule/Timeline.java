package org.ruralwater.maintenance.schedule;

import java.util.List;

/**
 * A worker-day's route timed from the start of the shift: the visits, the total driving (including the drive
 * back to base), and the minutes the day runs past the end of the shift.
 */
public record Timeline(List<Visit> visits, int travelMinutes, int overtimeMinutes) {

    public Timeline {
        visits = List.copyOf(visits);
    }

    public long lateMinutes() {
        return visits.stream().mapToLong(Visit::lateMinutes).sum();
    }
}
