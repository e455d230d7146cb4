package org.ruralwater.assurance.coverage;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.ruralwater.core.region.RegionCode;

/**
 * One indicator for one region: how many of its people are counted, out of how many, so that a reader can
 * check the share and a roll-up adds people, never percentages.
 */
public record Coverage(CoverageIndicator indicator, RegionCode region, long people, long of) {

    public Coverage {
        requireNonNull(indicator, "indicator");
        requireNonNull(region, "region");
        if (people < 0 || of < people) {
            throw new IllegalArgumentException("a coverage counts 0 to " + of + " people, not " + people);
        }
    }

    /** The share in percent to one decimal, rounded half up; empty for a region without people. */
    public Optional<BigDecimal> percent() {
        if (of == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(people * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP));
    }
}
