package org.ruralwater.maintenance.patrol;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.region.Coordinates;

/** A patroller's record at a stop: when, where the phone was, and the result of each check item. */
public record CheckIn(String route, String stop, LocalDateTime at, Coordinates place, List<CheckIn.Result> results) {

    /** One check item's result; a failure should say what was seen. */
    public record Result(String item, boolean pass, Optional<String> note) {
        public Result {
            requireNonNull(item, "item");
            requireNonNull(note, "note");
        }
    }

    public CheckIn {
        requireNonNull(route, "route");
        requireNonNull(stop, "stop");
        requireNonNull(at, "at");
        requireNonNull(place, "place");
        results = List.copyOf(results);
    }
}
