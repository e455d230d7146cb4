package org.ruralwater.core.household;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A water meter.
 *
 * @param diameter nominal diameter DN in millimetres, which decides its verification rule (JJG 162-2019)
 * @param digits the number of whole-cubic-metre digits on the register, which decides where it rolls over
 * @param verifiedOn the date of its (first) verification, from which replacement periods count
 */
public record Meter(MeterId id, HouseholdId household, int diameter, int digits, LocalDate verifiedOn) {

    public Meter {
        requireNonNull(id, "id");
        requireNonNull(household, "household");
        requireNonNull(verifiedOn, "verifiedOn");
        if (diameter < 8 || diameter > 1000) {
            throw new IllegalArgumentException("meter " + id + " has DN " + diameter + ", outside DN 8 to DN 1000");
        }
        if (digits < 3 || digits > 9) {
            throw new IllegalArgumentException("meter " + id + " has " + digits + " register digits, outside 3 to 9");
        }
    }

    /** The reading after which the register starts again at zero: 10^digits m³. */
    public long rolloverAt() {
        return (long) Math.pow(10, digits);
    }
}
