package org.ruralwater.maintenance.plan;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A preventive task done: the history a floating plan counts from.
 *
 * @param runHours the asset's run-hour meter at completion, for usage-based plans
 */
public record Completion(String plan, String target, LocalDate completedOn, Optional<BigDecimal> runHours) {

    public Completion {
        requireNonNull(plan, "plan");
        requireNonNull(target, "target");
        requireNonNull(completedOn, "completedOn");
        requireNonNull(runHours, "runHours");
    }
}
