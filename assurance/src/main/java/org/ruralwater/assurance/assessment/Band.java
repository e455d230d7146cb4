package org.ruralwater.assurance.assessment;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One band of a banded item: a value at least (or at most) this earns this share of the item's points.
 * Bands are tried in the file's order; the first that holds wins.
 */
public record Band(Optional<BigDecimal> atLeast, Optional<BigDecimal> atMost, BigDecimal share) {

    public Band {
        requireNonNull(atLeast, "atLeast");
        requireNonNull(atMost, "atMost");
        requireNonNull(share, "share");
        if (atLeast.isPresent() == atMost.isPresent()) {
            throw new IllegalArgumentException("a band gives exactly one of at_least and at_most");
        }
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a band's share is between 0 and 1, but was " + share);
        }
    }

    boolean holds(BigDecimal value) {
        return atLeast.map(l -> value.compareTo(l) >= 0).orElseGet(() -> value.compareTo(atMost.orElseThrow()) <= 0);
    }

    @Override
    public String toString() {
        return atLeast.map(l -> "≥ " + l.toPlainString())
                .orElseGet(() -> "≤ " + atMost.orElseThrow().toPlainString());
    }
}
