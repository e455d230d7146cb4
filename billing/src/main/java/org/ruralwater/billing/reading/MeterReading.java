package org.ruralwater.billing.reading;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;
import org.ruralwater.core.wording.Phrase;

/**
 * A register reading of a meter on a day, in whole or decimal m³ as the register shows it.
 *
 * @param value what the register shows: never negative, and below 10^9 m³, the end of the widest register
 *     a meter may have (9 digits); the register of the reading's own meter bounds it further ({@link
 *     #register(Meter)}), which is checked where the reading meets its meter
 */
public record MeterReading(
        MeterId meter,
        LocalDate readOn,

        @Within(min = "0", max = "1e9", maxIncluded = false, unit = "m³")
        BigDecimal value,

        ReadingKind kind) {

    private static final Range VALUE = Range.of(MeterReading.class, "value");

    /** By register digits: what a register of that many digits can show, [0, 10^digits) m³. */
    private static final Range[] REGISTERS = new Range[10];

    static {
        for (int digits = 0; digits < REGISTERS.length; digits++) {
            REGISTERS[digits] =
                    new Range(BigDecimal.ZERO, true, BigDecimal.TEN.pow(digits), false, Optional.of(Unit.CUBIC_METRE));
        }
    }

    public MeterReading {
        requireNonNull(meter, "meter");
        requireNonNull(readOn, "readOn");
        requireNonNull(value, "value");
        requireNonNull(kind, "kind");
        // contains before check: the message is made only for a refusal, not for each of a county's readings.
        if (!VALUE.contains(value)) {
            VALUE.check(Phrase.of(BillingWords.READING_OF_METER, meter, readOn), value);
        }
    }

    /**
     * The values the meter's register can show: from 0 up to, not including, 10^digits m³, where it starts
     * again at 0. A reading beyond it was not read from that meter.
     */
    public static Range register(Meter meter) {
        return REGISTERS[meter.digits()];
    }

    /** Whether the meter's register can show this reading's value. */
    public boolean fits(Meter meter) {
        return register(meter).contains(value);
    }
}
