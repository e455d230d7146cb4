package org.ruralwater.maintenance.workorder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The repair timeliness rate (维修及时率): repairs done by their deadline among those whose deadline fell in
 * the period, counting the ones still not done as late.
 */
public record Timeliness(int met, int due) {

    public Timeliness {
        if (met < 0 || met > due) {
            throw new IllegalArgumentException("timeliness needs 0 <= met <= due, but met " + met + " of " + due);
        }
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
