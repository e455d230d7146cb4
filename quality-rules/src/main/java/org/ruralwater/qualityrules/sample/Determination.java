package org.ruralwater.qualityrules.sample;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One indicator determined in a sample. Its result must be physically possible for the indicator: a
 * concentration from 0 to 10⁶ mg/L (in any unit of mass per volume), a turbidity or colour up to 10,000, a
 * whole colony count, a pH from 0 to 14, and so on (issue 14); a detection limit above 0.
 *
 * @param indicator the indicator's code in the standards, such as {@code nitrate_n}
 * @param basis what the result is expressed as when the laboratory used another basis than the standard
 *     (nitrate reported as NO₃ rather than as N)
 */
public record Determination(String indicator, Result result, Optional<String> basis) {

    public Determination {
        requireNonNull(indicator, "indicator");
        requireNonNull(result, "result");
        requireNonNull(basis, "basis");
        String refusal = PhysicalDomain.refusal(indicator, result);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
    }

    public static Determination of(String indicator, Result result) {
        return new Determination(indicator, result, Optional.empty());
    }
}
