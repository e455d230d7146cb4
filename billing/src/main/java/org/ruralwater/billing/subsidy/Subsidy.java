package org.ruralwater.billing.subsidy;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.ruralwater.core.datafile.Coded;

/**
 * A subsidy or waiver for a category of household, and the fund that pays it.
 *
 * @param category the household category code, such as {@code dibao} (低保), {@code tekun} (特困), {@code
 *     wubao} (五保) or {@code tuopin} (脱贫户)
 * @param value m³ per month for FREE_QUANTITY, a rate in 0..1 for DISCOUNT_RATE, yuan per month for
 *     FIXED_OFFSET
 */
public record Subsidy(String category, Kind kind, BigDecimal value, String fund, String source) {

    /** How the subsidy lowers a bill. File codes are the lower-case names. */
    public enum Kind implements Coded {
        /** The household pays as if it used this many m³ less each month (免收 N m³). */
        FREE_QUANTITY,
        /** A share of the bill, rounded half-up to the fen. */
        DISCOUNT_RATE,
        /** A fixed amount off each month, never more than the bill. */
        FIXED_OFFSET
    }

    public Subsidy {
        requireNonNull(category, "category");
        requireNonNull(kind, "kind");
        requireNonNull(value, "value");
        requireNonNull(fund, "fund");
        requireNonNull(source, "source");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("subsidy " + category + " cannot be negative");
        }
        if (kind == Kind.DISCOUNT_RATE && value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a discount rate is 0 to 1, but " + category + " has " + value);
        }
    }
}
