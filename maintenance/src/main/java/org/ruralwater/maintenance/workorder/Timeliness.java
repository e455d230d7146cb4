package org.ruralwater.maintenance.workorder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The repair timeliness rate (维修及时率): repairs done by their deadline among those whose deadline fell in
 * the period, counting the ones still not done as late.
 *
 * @param provisionalYears the work-calendar years without a State Council notice that any of the deadlines was
 *     counted through: a notice may still move those deadlines, into or out of the period or past a repair, so
 *     the rate is provisional; empty when every deadline is firm
 */
public record Timeliness(int met, int due, SortedSet<Integer> provisionalYears) {

    public Timeliness {
        if (met < 0 || met > due) {
            throw new IllegalArgumentException("timeliness needs 0 <= met <= due, but met " + met + " of " + due);
        }
        provisionalYears = Collections.unmodifiableSortedSet(new TreeSet<>(provisionalYears));
    }

    /** A rate of firm deadlines only. */
    public Timeliness(int met, int due) {
        this(met, due, new TreeSet<>());
    }

    /** Whether a State Council notice still to come can change the rate. */
    public boolean isProvisional() {
        return !provisionalYears.isEmpty();
    }

    /** The rate as a percentage to two decimals (half up); empty when nothing was due. */
    public Optional<BigDecimal> percent() {
        if (due == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(met)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(due), 2, RoundingMode.HALF_UP));
    }
}
