package org.ruralwater.assurance.safewater;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.quality.QualityEvidence;
import org.ruralwater.core.region.RegionCode;

/**
 * What a screening survey recorded for a household (or a whole village), the input of a safe-water
 * evaluation. Missing measurements are empty, and the indicator they feed is NOT_ASSESSED.
 *
 * @param litresPerPersonDay water available per person per day
 * @param connectionDeclined eligible for a house connection but not connected by the household's own wish
 * @param roundTripMinutes time to fetch water and come back, for households without a tap at home or yard
 * @param shortfallDays days in the last year with supply cut or below the quantity standard
 */
public record Observation(
        String id,
        RegionCode village,
        int people,
        WaterZone zone,
        Optional<BigDecimal> litresPerPersonDay,
        SupplyCategory supply,
        QualityEvidence quality,
        Connection connection,
        boolean connectionDeclined,
        Optional<BigDecimal> roundTripMinutes,
        Optional<BigDecimal> horizontalMetres,
        Optional<BigDecimal> verticalMetres,
        Optional<Integer> shortfallDays) {

    public Observation {
        requireNonNull(id, "id");
        requireNonNull(village, "village");
        requireNonNull(zone, "zone");
        requireNonNull(litresPerPersonDay, "litresPerPersonDay");
        requireNonNull(supply, "supply");
        requireNonNull(quality, "quality");
        requireNonNull(connection, "connection");
        requireNonNull(roundTripMinutes, "roundTripMinutes");
        requireNonNull(horizontalMetres, "horizontalMetres");
        requireNonNull(verticalMetres, "verticalMetres");
        requireNonNull(shortfallDays, "shortfallDays");
        if (people < 1) {
            throw new IllegalArgumentException("observation " + id + " needs at least one person, not " + people);
        }
        if (shortfallDays.isPresent() && (shortfallDays.get() < 0 || shortfallDays.get() > 366)) {
            throw new IllegalArgumentException(
                    "observation " + id + ": shortfall days must be 0 to 366, not " + shortfallDays.get());
        }
    }
}
