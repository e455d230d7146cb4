package org.ruralwater.qualityrules.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A rate that shows its numerator and denominator, such as {@code 95.24% (40/42)}. */
public record Rate(long numerator, long denominator) {

    public Rate {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException(
                    "a rate needs 0 ≤ numerator ≤ denominator, but was " + numerator + "/" + denominator);
        }
    }

    /** The rate in percent, rounded half-up to two decimals; empty when nothing was counted. */
    public Optional<BigDecimal> percent() {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(
                BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP));
    }

    /** Whether the exact rate reaches the target percent (compared exactly, not after rounding). */
    public boolean meets(BigDecimal targetPercent) {
        return denominator > 0
                && BigDecimal.valueOf(numerator * 100)
                                .compareTo(targetPercent.multiply(BigDecimal.valueOf(denominator)))
                        >= 0;
    }

    @Override
    public String toString() {
        return percent().map(p -> p.toPlainString() + "%").orElse("n/a") + " (" + numerator + "/" + denominator + ")";
    }
}
