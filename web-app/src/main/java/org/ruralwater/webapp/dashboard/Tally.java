package org.ruralwater.webapp.dashboard;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A service indicator's figure for a region and a span: the value (a percentage for a share, the open count for
 * open problems; empty when nothing was counted) with the two numbers it comes from, as the page shows them
 * (samples passed and taken, yuan collected and due, repairs in time and due; for open problems the overdue
 * ones and the open ones).
 */
public record Tally(Optional<BigDecimal> value, String part, String whole) {

    static final Tally NONE = new Tally(Optional.empty(), "0", "0");

    /** The value for a chart: the number, or null for none (a gap in the line). */
    public @Nullable BigDecimal plotted() {
        return value.orElse(null);
    }
}
