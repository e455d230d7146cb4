package org.ruralwater.maintenance.schedule;

import java.math.BigDecimal;

/**
 * How straight-line distance between villages becomes driving time: road distance is the great-circle
 * distance times a detour factor, driven at an average speed. The defaults (1.3 and 30 km/h) are ruralwater's
 * assumptions for hilly county roads, not a published figure: set them from your own trips.
 */
public record TravelModel(BigDecimal detourFactor, BigDecimal kmPerHour) {

    public static final TravelModel RURAL_DEFAULT = new TravelModel(new BigDecimal("1.3"), new BigDecimal("30"));

    public TravelModel {
        if (detourFactor.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("a detour factor is at least 1, but was " + detourFactor);
        }
        if (kmPerHour.signum() <= 0) {
            throw new IllegalArgumentException("a speed must be positive, but was " + kmPerHour + " km/h");
        }
    }

    /** Whole minutes, rounded up: a crew is never early because of rounding. */
    int minutes(long metres) {
        double km = metres / 1000.0 * detourFactor.doubleValue();
        return (int) Math.ceil(km / kmPerHour.doubleValue() * 60.0 - 1e-9);
    }
}
