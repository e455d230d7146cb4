package org.ruralwater.store.tickets;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.ruralwater.core.region.RegionCode;

/**
 * A region's problem tickets open at the end of a day, and those of them past their deadline. A region at
 * zero open (动态清零) has {@code open == 0}.
 */
public record OpenProblems(RegionCode region, LocalDate on, int open, int overdue) {

    public OpenProblems {
        requireNonNull(region, "region");
        requireNonNull(on, "on");
        if (overdue > open || overdue < 0) {
            throw new IllegalArgumentException("overdue " + overdue + " of " + open + " open tickets");
        }
    }

    /** Whether the region has no open problem (动态清零). */
    public boolean atZero() {
        return open == 0;
    }
}
