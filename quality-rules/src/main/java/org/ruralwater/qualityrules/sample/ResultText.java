package org.ruralwater.qualityrules.sample;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.quantity.Decimals;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.wording.QualityWords;

/** A result as a laboratory writes it, read without exceptions, so that a sample file names what is wrong. */
final class ResultText {

    private ResultText() {}

    /** The result the text writes, or null when it writes none; {@link #unreadable} then says what it should be. */
    static @Nullable Result read(String value, Unit unit, Optional<BigDecimal> detectionLimit) {
        String v = value.strip();
        if (v.isEmpty() || isNonFinite(v)) {
            return null;
        }
        if (Result.NOT_DETECTED.contains(v.toLowerCase(Locale.ROOT))) {
            return new Result.BelowLimit(detectionLimit.map(d -> Quantity.of(d, unit)));
        }
        char c = v.charAt(0);
        if (c == '<' || c == '＜') {
            BigDecimal n = number(v.substring(1));
            return n == null ? null : new Result.BelowLimit(Optional.of(Quantity.of(n, unit)));
        }
        if (c == '>' || c == '＞') {
            BigDecimal n = number(v.substring(1));
            return n == null ? null : new Result.AboveRange(Quantity.of(n, unit));
        }
        if (looksNumeric(v)) {
            BigDecimal n = number(v);
            return n == null ? null : new Result.Measured(Quantity.of(n, unit));
        }
        return new Result.Descriptive(v);
    }

    /** What a text {@link #read} refuses should have been. */
    static Phrase unreadable(String value) {
        String v = value.strip();
        String number = v.isEmpty() || "<＜>＞".indexOf(v.charAt(0)) < 0
                ? v
                : v.substring(1).strip();
        if (isNonFinite(number)) {
            return Phrase.of(QualityWords.FINITE_RESULT);
        }
        if (hasLargeExponent(number)) {
            return Phrase.of(QualityWords.RESULT_EXPONENT, Decimals.MAX_EXPONENT);
        }
        return Phrase.of(QualityWords.RESULT_VALUE);
    }

    /** Whether a text is a decimal but for an exponent beyond {@value Decimals#MAX_EXPONENT}. */
    static boolean hasLargeExponent(String t) {
        int e = Math.max(t.indexOf('e'), t.indexOf('E'));
        if (e <= 0 || !Decimals.isDecimal(t.substring(0, e))) {
            return false;
        }
        String exponent = t.substring(e + 1);
        if (exponent.startsWith("+") || exponent.startsWith("-")) {
            exponent = exponent.substring(1);
        }
        return !exponent.isEmpty() && exponent.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    private static boolean isNonFinite(String v) {
        String t = v.startsWith("+") || v.startsWith("-") ? v.substring(1) : v;
        return t.equalsIgnoreCase("nan")
                || t.equalsIgnoreCase("inf")
                || t.equalsIgnoreCase("infinity")
                || t.equals("∞");
    }

    private static boolean looksNumeric(String v) {
        char c = v.charAt(0);
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
    }

    private static @Nullable BigDecimal number(String text) {
        String t = text.strip();
        return Decimals.isDecimal(t) ? new BigDecimal(t) : null;
    }
}
