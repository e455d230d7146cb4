package org.ruralwater.qualityrules.coverage;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.works.WorksId;

/**
 * A window in which a works had fewer complete samples than a rule requires.
 *
 * @param indicators the indicators each sample had to determine (the residual resolved for the works)
 * @param found samples in the window at the point that determined all of them
 */
public record MissedSample(
        WorksId works, String rule, Period window, List<String> indicators, int required, int found, String source) {

    public MissedSample {
        requireNonNull(works, "works");
        requireNonNull(rule, "rule");
        requireNonNull(window, "window");
        indicators = List.copyOf(indicators);
        requireNonNull(source, "source");
    }
}
