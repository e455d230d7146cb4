package org.ruralwater.assurance.emergency;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The water an affected population needs over some days, and the truck trips to bring it.
 *
 * @param litres the total volume needed
 * @param trips truck trips at the given capacity, rounded up: a part load is still a trip
 */
public record Demand(long people, BigDecimal litresPerPersonDay, int days, BigDecimal litres, long trips) {

    public static Demand of(long people, BigDecimal litresPerPersonDay, int days, BigDecimal truckLitres) {
        requireNonNull(litresPerPersonDay, "litresPerPersonDay");
        requireNonNull(truckLitres, "truckLitres");
        if (people < 0 || days < 0) {
            throw new IllegalArgumentException("people and days cannot be negative");
        }
        if (truckLitres.signum() <= 0) {
            throw new IllegalArgumentException("a truck must carry some water, not " + truckLitres + " L");
        }
        BigDecimal litres =
                litresPerPersonDay.multiply(BigDecimal.valueOf(people)).multiply(BigDecimal.valueOf(days));
        long trips = litres.divide(truckLitres, 0, RoundingMode.CEILING).longValueExact();
        return new Demand(people, litresPerPersonDay, days, litres, trips);
    }
}
