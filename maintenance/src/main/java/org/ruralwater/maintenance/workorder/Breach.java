package org.ruralwater.maintenance.workorder;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDateTime;
import org.ruralwater.core.datafile.Coded;

/**
 * A missed commitment: the crew not on site, or the repair not done, by the deadline.
 *
 * @param late how far past the deadline: until the arrival or repair, or until the instant of the check when
 *     it has not happened yet
 * @param stillOpen whether the work is still not done at the instant of the check
 */
public record Breach(
        String workOrder, Kind kind, String severity, LocalDateTime deadline, Duration late, boolean stillOpen) {

    public enum Kind implements Coded {
        ON_SITE,
        REPAIR
    }

    public Breach {
        requireNonNull(workOrder, "workOrder");
        requireNonNull(kind, "kind");
        requireNonNull(severity, "severity");
        requireNonNull(deadline, "deadline");
        requireNonNull(late, "late");
    }
}
