package org.ruralwater.qualityrules.sample;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One indicator determined in a sample.
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
    }

    public static Determination of(String indicator, Result result) {
        return new Determination(indicator, result, Optional.empty());
    }
}
