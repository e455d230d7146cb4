package org.ruralwater.assurance.safewater;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.ruralwater.assurance.wording.AssuranceWords;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.quality.QualityEvidence;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;
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
        @Within(min = "1", max = "1e8") int people,
        WaterZone zone,
        @Within(min = "0", max = "10000") Optional<BigDecimal> litresPerPersonDay,
        SupplyCategory supply,
        QualityEvidence quality,
        Connection connection,
        boolean connectionDeclined,
        @Within(min = "0", max = "1440") Optional<BigDecimal> roundTripMinutes,
        @Within(min = "0", max = "100000") Optional<BigDecimal> horizontalMetres,
        @Within(min = "0", max = "9000") Optional<BigDecimal> verticalMetres,
        @Within(min = "0", max = "366") Optional<Integer> shortfallDays) {

    // The physical domains (ruralwater's bounds): ten thousand litres a person a day is a household's
    // week; a round trip is within a day; 100 km of walking and 9,000 m of climbing are beyond any village.
    private static final Range PEOPLE = Range.of(Observation.class, "people");
    private static final Range LITRES = Range.of(Observation.class, "litresPerPersonDay");
    private static final Range MINUTES = Range.of(Observation.class, "roundTripMinutes");
    private static final Range HORIZONTAL = Range.of(Observation.class, "horizontalMetres");
    private static final Range VERTICAL = Range.of(Observation.class, "verticalMetres");
    private static final Range SHORTFALL = Range.of(Observation.class, "shortfallDays");

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
        PEOPLE.check(AssuranceWords.PEOPLE_OF_OBSERVATION, id, people);
        litresPerPersonDay.ifPresent(v -> LITRES.check(AssuranceWords.LITRES_OF_OBSERVATION, id, v));
        roundTripMinutes.ifPresent(v -> MINUTES.check(AssuranceWords.MINUTES_OF_OBSERVATION, id, v));
        horizontalMetres.ifPresent(v -> HORIZONTAL.check(AssuranceWords.HORIZONTAL_OF_OBSERVATION, id, v));
        verticalMetres.ifPresent(v -> VERTICAL.check(AssuranceWords.VERTICAL_OF_OBSERVATION, id, v));
        shortfallDays.ifPresent(v -> SHORTFALL.check(AssuranceWords.SHORTFALL_OF_OBSERVATION, id, v));
    }
}
