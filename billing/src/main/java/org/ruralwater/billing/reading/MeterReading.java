package org.ruralwater.billing.reading;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ruralwater.core.household.MeterId;

/** A register reading of a meter on a day, in whole or decimal m³ as the register shows it. */
public record MeterReading(MeterId meter, LocalDate readOn, BigDecimal value, ReadingKind kind) {

    public MeterReading {
        requireNonNull(meter, "meter");
        requireNonNull(readOn, "readOn");
        requireNonNull(value, "value");
        requireNonNull(kind, "kind");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("meter " + meter + " cannot read a negative " + value + " on " + readOn);
        }
    }
}
