package org.ruralwater.store.maintenance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.maintenance.workorder.Timeliness;

/**
 * Repairs of a region due in a month (by their commitment's deadline) and how many were done in time, as
 * maintenance's {@code ResponseCommitments.timeliness} counts them.
 *
 * @param provisional whether a deadline rests on a calendar year without its holiday notice
 */
public record RepairTimeliness(RegionCode region, YearMonth month, int met, int due, boolean provisional) {

    public RepairTimeliness {
        requireNonNull(region, "region");
        requireNonNull(month, "month");
    }

    static RepairTimeliness of(RegionCode region, YearMonth month, Timeliness t) {
        return new RepairTimeliness(region, month, t.met(), t.due(), t.isProvisional());
    }

    /** Met ÷ due in percent, empty when nothing was due. */
    public Optional<BigDecimal> percent() {
        return new Timeliness(met, due).percent();
    }
}
