package org.ruralwater.maintenance.patrol;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ruralwater.maintenance.plan.CalendarRule;

/**
 * A patrol route: who walks it, how often (an RRULE counted from {@code start}), the stops in order, and how
 * far from a stop a check-in may be made and still count as made there.
 */
public record PatrolRoute(
        String id,
        String name,
        String patroller,
        CalendarRule rrule,
        LocalDate start,
        List<PatrolStop> stops,
        int toleranceMetres) {

    public PatrolRoute {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(patroller, "patroller");
        requireNonNull(rrule, "rrule");
        requireNonNull(start, "start");
        stops = List.copyOf(stops);
        if (stops.isEmpty()) {
            throw new IllegalArgumentException("patrol route " + id + " has no stop");
        }
        if (toleranceMetres <= 0) {
            throw new IllegalArgumentException(
                    "patrol route " + id + " needs a positive check-in tolerance, but has " + toleranceMetres + " m");
        }
        Set<String> codes = new HashSet<>();
        for (PatrolStop s : stops) {
            if (!codes.add(s.code())) {
                throw new IllegalArgumentException("patrol route " + id + " has stop " + s.code() + " twice");
            }
        }
    }
}
