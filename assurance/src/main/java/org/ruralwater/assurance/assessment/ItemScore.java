package org.ruralwater.assurance.assessment;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What one item gave an assessee: the value read, the points earned of the item's points (taken off the
 * total for a penalty), whether it passed its condition, and the rule and source behind it.
 */
public record ItemScore(
        String code,
        String name,
        Role role,
        BigDecimal value,
        BigDecimal points,
        BigDecimal of,
        Optional<Boolean> passed,
        String rule,
        String source) {

    public ItemScore {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(role, "role");
        requireNonNull(value, "value");
        requireNonNull(points, "points");
        requireNonNull(of, "of");
        requireNonNull(passed, "passed");
        requireNonNull(rule, "rule");
        requireNonNull(source, "source");
    }
}
