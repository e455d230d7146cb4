package org.ruralwater.billing.subsidy;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;

/**
 * A subsidy or waiver for a category of household, and the fund that pays it. Each kind works out its own
 * relief on a month's bill.
 *
 * <p>The category is a household category code, such as {@code dibao} (低保), {@code tekun} (特困), {@code
 * wubao} (五保) or {@code tuopin} (脱贫户).
 */
public sealed interface Subsidy permits Subsidy.FreeQuantity, Subsidy.DiscountRate, Subsidy.FixedOffset {

    /** How the subsidy lowers a bill. File codes are the lower-case names. */
    enum Kind implements Coded {
        /** The household pays as if it used this many m³ less each month (免收 N m³). */
        FREE_QUANTITY,
        /** A share of the bill, rounded half-up to the fen. */
        DISCOUNT_RATE,
        /** A fixed amount off each month, never more than the bill. */
        FIXED_OFFSET
    }

    /** What the household's tariff would charge for another volume in the same month. */
    @FunctionalInterface
    interface Charge {
        Money forVolume(BigDecimal m3);
    }

    String category();

    Fund fund();

    String source();

    /**
     * How much the subsidy takes off a bill: never more than the bill, never negative.
     *
     * @param charged what the tariff charges for the month
     * @param m3 the volume charged
     * @param charge what the same tariff would charge for another volume
     */
    Money reliefOn(Money charged, BigDecimal m3, Charge charge);

    /** What the relief is, in a few words for the bill line: {@code 3 m³ free}. */
    String relief(Currency currency);

    /** The description of the bill line for this subsidy's relief. */
    default String lineDescription(Currency currency) {
        return category() + " subsidy: " + relief(currency) + " (paid by " + fund() + ")";
    }

    /** The subsidy of a scheme file's row, whose {@code value} the kind gives a meaning. */
    static Subsidy of(String category, Kind kind, BigDecimal value, Fund fund, String source) {
        requireNonNull(kind, "kind");
        return switch (kind) {
            case FREE_QUANTITY -> new FreeQuantity(category, value, fund, source);
            case DISCOUNT_RATE -> new DiscountRate(category, value, fund, source);
            case FIXED_OFFSET -> new FixedOffset(category, value, fund, source);
        };
    }

    /**
     * The household pays as if it used {@code m3} less each month (免收 N m³).
     *
     * @param m3 the free volume, 0 to 10^9 m³ a month
     */
    record FreeQuantity(
            String category,
            @Within(min = "0", max = "1e9", unit = "m³") BigDecimal m3,
            Fund fund,
            String source) implements Subsidy {

        private static final Range M3 = Range.of(FreeQuantity.class, "m3");

        public FreeQuantity {
            check(category, m3, fund, source);
            M3.check(BillingWords.FREE_VOLUME_OF_SUBSIDY, category, m3);
        }

        @Override
        public Money reliefOn(Money charged, BigDecimal used, Charge charge) {
            return charged.minus(charge.forVolume(used.subtract(m3).max(BigDecimal.ZERO)));
        }

        @Override
        public String relief(Currency currency) {
            return m3.stripTrailingZeros().toPlainString() + " m³ free";
        }
    }

    /**
     * A share of the bill, rounded half-up to the fen.
     *
     * @param rate the share taken off, 0 to 1
     */
    record DiscountRate(
            String category, @Within(min = "0", max = "1") BigDecimal rate, Fund fund, String source)
            implements Subsidy {

        public DiscountRate {
            check(category, rate, fund, source);
            if (rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a discount rate is 0 to 1, but " + category + " has " + rate);
            }
        }

        @Override
        public Money reliefOn(Money charged, BigDecimal m3, Charge charge) {
            return charged.multipliedBy(rate, RoundingMode.HALF_UP);
        }

        @Override
        public String relief(Currency currency) {
            return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "% off";
        }
    }

    /**
     * A fixed amount off each month, never more than the bill.
     *
     * @param perMonth the amount, in the currency of the bill it lowers (a scheme file names no currency),
     *     rounded half-up to its minor unit; 0 to 10^9
     */
    record FixedOffset(
            String category, @Within(min = "0", max = "1e9") BigDecimal perMonth, Fund fund, String source)
            implements Subsidy {

        private static final Range PER_MONTH = Range.of(FixedOffset.class, "perMonth");

        public FixedOffset {
            check(category, perMonth, fund, source);
            PER_MONTH.check(BillingWords.MONTHLY_OFFSET_OF_SUBSIDY, category, perMonth);
        }

        @Override
        public Money reliefOn(Money charged, BigDecimal m3, Charge charge) {
            return amountIn(charged.currency()).min(charged);
        }

        @Override
        public String relief(Currency currency) {
            return amountIn(currency) + " off";
        }

        private Money amountIn(Currency currency) {
            return Money.of(currency, perMonth, RoundingMode.HALF_UP);
        }
    }

    private static void check(String category, BigDecimal value, Fund fund, String source) {
        requireNonNull(category, "category");
        requireNonNull(value, "value");
        requireNonNull(fund, "fund");
        requireNonNull(source, "source");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("subsidy " + category + " cannot be negative");
        }
    }
}
