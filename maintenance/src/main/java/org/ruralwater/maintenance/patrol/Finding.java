package org.ruralwater.maintenance.patrol;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.ruralwater.core.datafile.Coded;

/** Something a patrol review found wrong with the patrol itself, or with what it checked. */
public record Finding(Kind kind, String route, String stop, LocalDate date, String detail) {

    public enum Kind implements Coded {
        /** A stop due that day has no check-in. */
        MISSED_STOP,
        /** The check-in was made farther from the stop than the route allows. */
        OFF_SITE,
        /** The check-in has no result for an item of the stop. */
        MISSING_ITEM,
        /** An item failed: a work order is opened for it. */
        FAILED_ITEM,
        /** A check-in for a stop the route does not have, or on a day the route is not due. */
        UNEXPECTED_CHECK_IN
    }

    public Finding {
        requireNonNull(kind, "kind");
        requireNonNull(route, "route");
        requireNonNull(stop, "stop");
        requireNonNull(date, "date");
        requireNonNull(detail, "detail");
    }
}
