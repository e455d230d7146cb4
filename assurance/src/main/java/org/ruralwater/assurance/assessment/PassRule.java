package org.ruralwater.assurance.assessment;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A pass/fail rule over items rather than points: every key item passes, and at least this share of the
 * general items (Beibei 2022: all 主控项目 and at least 75% of 一般项目).
 */
public record PassRule(BigDecimal generalShareAtLeast, String source) {

    public PassRule {
        requireNonNull(generalShareAtLeast, "generalShareAtLeast");
        requireNonNull(source, "source");
        if (generalShareAtLeast.signum() < 0 || generalShareAtLeast.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "a share of general items is between 0 and 1, but was " + generalShareAtLeast);
        }
    }
}
