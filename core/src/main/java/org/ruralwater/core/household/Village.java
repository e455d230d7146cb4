package org.ruralwater.core.household;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.ruralwater.core.region.Coordinates;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;

/** An administrative village (行政村), with the WGS 84 point used for travel between villages. */
public record Village(RegionCode code, String name, BigDecimal latitude, BigDecimal longitude) {

    public Village {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        new Coordinates(latitude, longitude); // checks the ranges
        if (code.level() != RegionLevel.VILLAGE) {
            throw new IllegalArgumentException(
                    "a village needs a 12-digit village code, but " + code + " is a " + code.level() + " code");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("village " + code + " has a blank name");
        }
    }

    /** The village's location, the point used for travel between villages. */
    public Coordinates location() {
        return new Coordinates(latitude, longitude);
    }

    /** The township the village belongs to. */
    public RegionCode township() {
        return code.parent().orElseThrow();
    }
}
