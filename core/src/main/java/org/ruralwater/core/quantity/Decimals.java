package org.ruralwater.core.quantity;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * Decimal numbers read from text, strictly: an optional sign, digits with at most one decimal point, and an
 * optional exponent of at most {@value #MAX_EXPONENT} in size. {@code NaN}, {@code Infinity}, hexadecimal and
 * grouping are refused, and so is {@code 1e999999999}: {@code BigDecimal} would take it, and the first
 * operation on it would then work for seconds and gigabytes.
 */
public final class Decimals {

    /** Far beyond any physical value in this domain, far below what makes arithmetic slow. */
    public static final int MAX_EXPONENT = 1000;

    /** Longer texts are not numbers anyone typed. */
    static final int MAX_LENGTH = 400;

    private Decimals() {}

    /**
     * The decimal the text writes.
     *
     * @throws NumberFormatException when the text is not such a decimal
     */
    public static BigDecimal parse(String text) {
        requireNonNull(text, "text");
        if (!isDecimal(text)) {
            throw new NumberFormatException("\"" + shortened(text) + "\" is not a decimal number"
                    + " (digits, at most one point, an exponent of at most " + MAX_EXPONENT + ")");
        }
        return new BigDecimal(text);
    }

    /** Whether {@link #parse} takes the text. */
    public static boolean isDecimal(String t) {
        int n = t.length();
        if (n == 0 || n > MAX_LENGTH) {
            return false;
        }
        int i = 0;
        if (t.charAt(i) == '+' || t.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        char e = t.charAt(i);
        if (e != 'e' && e != 'E') {
            return false;
        }
        i++;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int start = i;
        long exponent = 0;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            exponent = exponent * 10 + (c - '0');
            if (exponent > MAX_EXPONENT) {
                return false;
            }
        }
        return i > start;
    }

    private static String shortened(String t) {
        return t.length() > 40 ? t.substring(0, 37) + "…" : t;
    }
}
