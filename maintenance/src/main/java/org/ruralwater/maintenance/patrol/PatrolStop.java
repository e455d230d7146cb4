package org.ruralwater.maintenance.patrol;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.ruralwater.core.region.Coordinates;
import org.ruralwater.core.region.RegionCode;

/**
 * A place on a patrol route: an asset (a dam, an intake, a tank) or a village, with what to check there.
 *
 * @param target the asset id or village code the stop is about
 * @param location where a check-in must be made; empty for the village's own coordinates
 */
public record PatrolStop(
        String code, String target, RegionCode village, Optional<Coordinates> location, List<CheckItem> items) {

    public PatrolStop {
        requireNonNull(code, "code");
        requireNonNull(target, "target");
        requireNonNull(village, "village");
        requireNonNull(location, "location");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("patrol stop " + code + " has nothing to check");
        }
    }
}
