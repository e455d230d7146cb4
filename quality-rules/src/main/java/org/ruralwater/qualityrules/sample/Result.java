package org.ruralwater.qualityrules.sample;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.ruralwater.core.quantity.Decimals;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;

/**
 * A laboratory result: a measured value, a value censored below a detection limit or above a range, or a
 * descriptive text. Never a number with a flag.
 */
public sealed interface Result permits Result.Measured, Result.BelowLimit, Result.AboveRange, Result.Descriptive {

    /** A measured value, such as {@code 0.004 mg/L}. */
    record Measured(Quantity value) implements Result {
        public Measured {
            requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /**
     * Not detected, or below a reporting limit: {@code <0.001} or {@code ND}.
     *
     * @param limit the detection or reporting limit, when the laboratory gave one
     */
    record BelowLimit(Optional<Quantity> limit) implements Result {
        public BelowLimit {
            requireNonNull(limit, "limit");
        }

        @Override
        public String toString() {
            return limit.map(l -> "<" + l).orElse("ND");
        }
    }

    /** Above the method's range: {@code >2400 MPN/100mL}; the true value is above the bound. */
    record AboveRange(Quantity bound) implements Result {
        public AboveRange {
            requireNonNull(bound, "bound");
        }

        @Override
        public String toString() {
            return ">" + bound;
        }
    }

    /** A descriptive result, such as 无异臭、异味 or 有. */
    record Descriptive(String text) implements Result {
        public Descriptive {
            requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("a descriptive result cannot be blank");
            }
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Texts that laboratories write for "not detected", in any case. */
    Set<String> NOT_DETECTED = Set.of("nd", "n.d.", "未检出", "not detected", "<dl", "<mdl", "<lod");

    /**
     * Reads a result as a laboratory writes it: a number, {@code <0.001}, {@code ND} (with the detection limit
     * given separately), {@code >2400}, or a descriptive text. Numbers are strict decimals with an exponent
     * of at most {@value Decimals#MAX_EXPONENT}; {@code NaN} and {@code Infinity} are no results.
     *
     * @param detectionLimit the method detection limit, used for {@code ND} and {@code <DL}
     * @throws IllegalArgumentException when the text is none of these
     */
    static Result parse(String value, Unit unit, Optional<BigDecimal> detectionLimit) {
        requireNonNull(value, "value");
        requireNonNull(unit, "unit");
        requireNonNull(detectionLimit, "detectionLimit");
        Result r = ResultText.read(value, unit, detectionLimit);
        if (r == null) {
            throw new IllegalArgumentException("\"" + value + "\" is not " + ResultText.unreadable(value));
        }
        return r;
    }
}
