package org.ruralwater.core.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.ruralwater.core.apportionment.LargestRemainder;
import org.ruralwater.core.quantity.Decimals;

/**
 * An exact amount of money in one ISO 4217 currency, always held at the currency's scale (two decimal
 * places for CNY: yuan and fen).
 *
 * <p>Shaped like Joda-Money's {@code Money}: factories reject an amount with more decimal places than the
 * currency has instead of rounding it silently, and every operation that can lose precision takes a
 * {@link RoundingMode}. Operations that cannot lose precision ({@link #plus}, {@link #minus}, {@link
 * #multipliedBy(long)}, {@link #allocate}) take none.
 *
 * <p>The text form is {@code "CNY 12.30"}; {@link #parse} reads it back.
 */
public final class Money implements Comparable<Money> {

    private final Currency currency;
    private final BigDecimal amount;

    private Money(Currency currency, BigDecimal amount) {
        this.currency = currency;
        this.amount = amount;
    }

    /** The amount given, which must not have more decimal places than the currency allows. */
    public static Money of(Currency currency, BigDecimal amount) {
        int scale = scaleOf(requireNonNull(currency, "currency"));
        requireNonNull(amount, "amount");
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new ArithmeticException(String.format(
                    Locale.ROOT,
                    "%s %s has %d decimal places but %s has %d%nMaybe call Money.of(currency, amount, roundingMode).",
                    currency.getCurrencyCode(),
                    amount.toPlainString(),
                    stripped.scale(),
                    currency.getCurrencyCode(),
                    scale));
        }
        return new Money(currency, amount.setScale(scale, RoundingMode.UNNECESSARY));
    }

    /** The amount given, rounded to the currency's scale with the rounding mode given. */
    public static Money of(Currency currency, BigDecimal amount, RoundingMode rounding) {
        int scale = scaleOf(requireNonNull(currency, "currency"));
        requireNonNull(amount, "amount");
        requireNonNull(rounding, "rounding");
        return new Money(currency, amount.setScale(scale, rounding));
    }

    /** The amount given as a decimal string, such as {@code of("CNY", "12.30")}. */
    public static Money of(String currencyCode, String amount) {
        return of(currencyOf(currencyCode), parseAmount(amount, currencyCode + " " + amount));
    }

    /** The amount in the currency's minor unit: {@code ofMinor(CNY, 1230)} is 12.30 yuan. */
    public static Money ofMinor(Currency currency, long minorUnits) {
        int scale = scaleOf(requireNonNull(currency, "currency"));
        return new Money(currency, BigDecimal.valueOf(minorUnits, scale));
    }

    public static Money zero(Currency currency) {
        return ofMinor(currency, 0);
    }

    /** Reads the text form {@code "CNY 12.30"} (currency code, one space, amount). */
    public static Money parse(String text) {
        requireNonNull(text, "text");
        int space = text.indexOf(' ');
        if (space != 3 || text.length() < 5) {
            throw new IllegalArgumentException(
                    "money must be written as a currency code, a space and an amount, such as \"CNY 12.30\", but was \""
                            + text + "\"");
        }
        return of(text.substring(0, 3), text.substring(4));
    }

    /** The sum of the amounts, which must be non-empty and all in one currency. */
    public static Money total(Iterable<Money> amounts) {
        Iterator<Money> it = requireNonNull(amounts, "amounts").iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException(
                    "cannot total no amounts: the currency is unknown\nMaybe call total(currency, amounts), which gives zero for none.");
        }
        Money sum = it.next();
        while (it.hasNext()) {
            sum = sum.plus(it.next());
        }
        return sum;
    }

    /** The sum of the amounts in the currency given; zero when there are none. */
    public static Money total(Currency currency, Iterable<Money> amounts) {
        Money sum = zero(currency);
        for (Money m : amounts) {
            sum = sum.plus(m);
        }
        return sum;
    }

    public Currency currency() {
        return currency;
    }

    /** The amount, always at the currency's scale. */
    public BigDecimal amount() {
        return amount;
    }

    /** The amount in minor units (fen for CNY). */
    public long minorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    public Money plus(Money other) {
        checkSameCurrency(other);
        return new Money(currency, amount.add(other.amount));
    }

    public Money minus(Money other) {
        checkSameCurrency(other);
        return new Money(currency, amount.subtract(other.amount));
    }

    public Money multipliedBy(long factor) {
        return new Money(currency, amount.multiply(BigDecimal.valueOf(factor)));
    }

    /** The product, rounded back to the currency's scale. */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        requireNonNull(factor, "factor");
        requireNonNull(rounding, "rounding");
        return new Money(currency, amount.multiply(factor).setScale(amount.scale(), rounding));
    }

    public Money dividedBy(long divisor, RoundingMode rounding) {
        return dividedBy(BigDecimal.valueOf(divisor), rounding);
    }

    public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
        requireNonNull(divisor, "divisor");
        requireNonNull(rounding, "rounding");
        if (divisor.signum() == 0) {
            throw new ArithmeticException("cannot divide " + this + " by zero");
        }
        return new Money(currency, amount.divide(divisor, amount.scale(), rounding));
    }

    public Money negated() {
        return new Money(currency, amount.negate());
    }

    public Money abs() {
        return amount.signum() < 0 ? negated() : this;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Splits this amount into parts in proportion to the ratios, so that the parts always sum to this
     * amount exactly: no fen is created or lost.
     *
     * <p>Each part first gets its proportional share rounded towards zero, in minor units; the minor units
     * left over go one each to the parts with the largest remainders, earlier parts first on ties (the
     * largest-remainder method). A negative amount is split as its absolute value and negated.
     *
     * @param ratios non-negative weights, at least one positive
     */
    public List<Money> allocate(long... ratios) {
        requireNonNull(ratios, "ratios");
        BigInteger[] shares = LargestRemainder.split(amount.unscaledValue().abs(), ratios);
        List<Money> parts = new ArrayList<>(ratios.length);
        for (BigInteger share : shares) {
            BigInteger signed = amount.signum() < 0 ? share.negate() : share;
            parts.add(new Money(currency, new BigDecimal(signed, amount.scale())));
        }
        return List.copyOf(parts);
    }

    /** Splits this amount into {@code n} parts that differ by at most one minor unit. */
    public List<Money> allocateEvenly(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("cannot split " + this + " into " + n + " parts");
        }
        long[] ratios = new long[n];
        Arrays.fill(ratios, 1);
        return allocate(ratios);
    }

    @Override
    public int compareTo(Money other) {
        checkSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return currency.hashCode() * 31 + amount.hashCode();
    }

    /** The text form, such as {@code "CNY 12.30"}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    private void checkSameCurrency(Money other) {
        requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    private static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(
                    currency.getCurrencyCode() + " has no minor unit (it is not a currency of payment)");
        }
        return digits;
    }

    private static Currency currencyOf(String code) {
        requireNonNull(code, "currencyCode");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + code + "\" is not an ISO 4217 currency code\nMaybe \"CNY\"?", e);
        }
    }

    private static BigDecimal parseAmount(String amount, String whole) {
        requireNonNull(amount, "amount");
        try {
            return Decimals.parse(amount);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "\"" + amount + "\" in \"" + whole + "\" is not a decimal amount such as 12.30", e);
        }
    }
}
