package org.ruralwater.billing.tariff;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.ruralwater.core.calendar.Period;

/**
 * The months a billing period covers, as an exact fraction: each calendar month counts the share of its days
 * the period covers, so a month is 1, a quarter 3, a year 12, and 2026-01-17..2026-02-14 is 15/31 + 14/28.
 * Monthly allowances (free quotas, tier bounds, fixed and minimum charges stated per month) scale by it, so
 * that a quote's allowance is linear in the months it covers and a quarter's equals three months'.
 *
 * @param numerator the months times {@code denominator}
 * @param denominator the least common multiple of the covered months' lengths (1 when every month is whole)
 */
record Months(BigInteger numerator, BigInteger denominator) {

    Months {
        requireNonNull(numerator, "numerator");
        requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0 || numerator.signum() < 0) {
            throw new IllegalArgumentException("months " + numerator + "/" + denominator + " are not a count");
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    static Months whole(long months) {
        return new Months(BigInteger.valueOf(months), BigInteger.ONE);
    }

    /** The months {@code period} covers, each partly covered month by its share of days. */
    static Months of(Period period) {
        requireNonNull(period, "period");
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        YearMonth m = YearMonth.from(period.start());
        YearMonth last = YearMonth.from(period.end());
        for (; !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate from = period.start().isAfter(m.atDay(1)) ? period.start() : m.atDay(1);
            LocalDate to = period.end().isBefore(m.atEndOfMonth()) ? period.end() : m.atEndOfMonth();
            long covered = to.toEpochDay() - from.toEpochDay() + 1;
            BigInteger length = BigInteger.valueOf(m.lengthOfMonth());
            // num/den + covered/length, over the least common multiple of den and length
            BigInteger lcm = den.divide(den.gcd(length)).multiply(length);
            num = num.multiply(lcm.divide(den)).add(BigInteger.valueOf(covered).multiply(lcm.divide(length)));
            den = lcm;
        }
        return new Months(num, den);
    }

    boolean isWhole() {
        return denominator.equals(BigInteger.ONE);
    }

    /**
     * A per-month amount times these months and {@code share}: exact when that is a whole multiple, else
     * divided once to {@code scale} with {@code rounding}.
     */
    BigDecimal times(BigDecimal perMonth, Component.Share share, int scale, RoundingMode rounding) {
        BigInteger num = numerator.multiply(BigInteger.valueOf(share.days()));
        BigInteger den = denominator.multiply(BigInteger.valueOf(share.ofDays()));
        BigInteger gcd = num.gcd(den);
        if (gcd.signum() > 0) {
            num = num.divide(gcd);
            den = den.divide(gcd);
        }
        BigDecimal exact = perMonth.multiply(new BigDecimal(num));
        return den.equals(BigInteger.ONE) ? exact : exact.divide(new BigDecimal(den), scale, rounding);
    }

    /** The count as a line shows it: {@code 3}, or {@code 1.48} to two decimals for part months. */
    @Override
    public String toString() {
        return isWhole()
                ? numerator.toString()
                : new BigDecimal(numerator)
                        .divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP)
                        .toPlainString();
    }
}
