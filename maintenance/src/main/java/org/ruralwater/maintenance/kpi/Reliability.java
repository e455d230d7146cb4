package org.ruralwater.maintenance.kpi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.ruralwater.core.asset.AssetType;

/**
 * MTBF and MTTR of one asset type over a period.
 *
 * @param assets how many assets of the type the county has
 * @param failures breakdown work orders reported in the period against them
 * @param operatingHours the assets' hours in the period less their hours under repair
 * @param mtbfHours operating hours per failure, to one decimal; empty without failures
 * @param mttrHours mean hours from report to repair over the repaired failures, to one decimal; empty when
 *     none was repaired
 */
public record Reliability(
        AssetType type,
        int assets,
        int failures,
        BigDecimal operatingHours,
        Optional<BigDecimal> mtbfHours,
        Optional<BigDecimal> mttrHours) {

    public Reliability {
        requireNonNull(type, "type");
        requireNonNull(operatingHours, "operatingHours");
        requireNonNull(mtbfHours, "mtbfHours");
        requireNonNull(mttrHours, "mttrHours");
    }
}
