package org.ruralwater.maintenance.workorder;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ruralwater.core.datafile.Coded;

/**
 * A missed commitment: the crew not on site, or the repair not done, by the deadline.
 *
 * @param late how far past the deadline: until the arrival or repair, or until the instant of the check when
 *     it has not happened yet
 * @param stillOpen whether the work is still not done at the instant of the check
 * @param provisionalYears the work-calendar years without a State Council notice that the deadline was counted
 *     through (a working-hours deadline into 2027 before its notice): a notice may still move the deadline,
 *     and with it the breach; empty when the deadline is firm
 */
public record Breach(
        String workOrder,
        Kind kind,
        String severity,
        LocalDateTime deadline,
        Duration late,
        boolean stillOpen,
        SortedSet<Integer> provisionalYears) {

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
        provisionalYears = Collections.unmodifiableSortedSet(new TreeSet<>(provisionalYears));
    }

    /** A breach of a firm deadline, which no notice can move. */
    public Breach(
            String workOrder, Kind kind, String severity, LocalDateTime deadline, Duration late, boolean stillOpen) {
        this(workOrder, kind, severity, deadline, late, stillOpen, new TreeSet<>());
    }

    /** The missed deadline, with the provisional years it rests on. */
    public Deadline due() {
        return new Deadline(deadline, provisionalYears);
    }

    /** Whether a State Council notice still to come can move the deadline, and so undo or change this breach. */
    public boolean isProvisional() {
        return !provisionalYears.isEmpty();
    }
}
