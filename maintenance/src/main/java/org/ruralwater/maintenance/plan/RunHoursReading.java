package org.ruralwater.maintenance.plan;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ruralwater.core.asset.AssetId;

/** A reading of an asset's run-hour meter (a pump's hour counter). */
public record RunHoursReading(AssetId asset, LocalDate readOn, BigDecimal hours) {

    public RunHoursReading {
        requireNonNull(asset, "asset");
        requireNonNull(readOn, "readOn");
        requireNonNull(hours, "hours");
        if (hours.signum() < 0) {
            throw new IllegalArgumentException("run hours of " + asset + " cannot be negative, but were " + hours);
        }
    }
}
