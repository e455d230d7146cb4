package org.ruralwater.core.region;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A point on the WGS 84 ellipsoid in decimal degrees, as a GPS or a map gives it. */
public record Coordinates(BigDecimal latitude, BigDecimal longitude) {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    public Coordinates {
        requireNonNull(latitude, "latitude");
        requireNonNull(longitude, "longitude");
        if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            throw new IllegalArgumentException("latitude must be within -90..90 degrees, but was " + latitude);
        }
        if (longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw new IllegalArgumentException("longitude must be within -180..180 degrees, but was " + longitude);
        }
    }

    public static Coordinates of(String latitude, String longitude) {
        return new Coordinates(new BigDecimal(latitude), new BigDecimal(longitude));
    }

    /**
     * The great-circle distance in whole metres (haversine on the mean Earth radius). Accurate to about 0.5%,
     * which is plenty for travel estimates between villages; not for surveying.
     */
    public long metresTo(Coordinates other) {
        double lat1 = Math.toRadians(latitude.doubleValue());
        double lat2 = Math.toRadians(other.latitude.doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude.doubleValue() - longitude.doubleValue());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        double metres = 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
        return BigDecimal.valueOf(metres).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    @Override
    public String toString() {
        return latitude.toPlainString() + "," + longitude.toPlainString();
    }
}
