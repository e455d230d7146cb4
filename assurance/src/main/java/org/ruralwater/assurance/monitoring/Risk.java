package org.ruralwater.assurance.monitoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import org.ruralwater.core.region.RegionCode;

/**
 * A problem the triggers found: which trigger, about whom, since the first signal that counted, and whether
 * the subject is a monitored household (a priority: 早发现、早干预).
 */
public record Risk(
        String trigger,
        ProblemType problem,
        String subject,
        RegionCode village,
        LocalDateTime since,
        RectificationClass rectification,
        boolean monitoredHousehold,
        String detail) {

    public Risk {
        requireNonNull(trigger, "trigger");
        requireNonNull(problem, "problem");
        requireNonNull(subject, "subject");
        requireNonNull(village, "village");
        requireNonNull(since, "since");
        requireNonNull(rectification, "rectification");
        requireNonNull(detail, "detail");
    }
}
