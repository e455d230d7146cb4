package org.ruralwater.billing.reading;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.MeterId;

/** Something odd about a household's readings, with the reading it concerns and a sentence for people. */
public record Anomaly(AnomalyCode code, HouseholdId household, MeterId meter, LocalDate readOn, String message) {

    public Anomaly {
        requireNonNull(code, "code");
        requireNonNull(household, "household");
        requireNonNull(meter, "meter");
        requireNonNull(readOn, "readOn");
        requireNonNull(message, "message");
    }
}
