package org.ruralwater.webapp.demo;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.Optional;

/**
 * How far the demo year's loading has come, for the dashboard to say: the step under way (of {@code steps}),
 * what it is, and the month of a bill run; {@code failed} when a step threw (the next start tries again).
 */
public record Loading(int step, int steps, Step what, Optional<YearMonth> month, boolean failed) {

    /** The steps of the demo year's loading, in order. */
    public enum Step {
        /** The year's files: samples, screening, tickets, work orders, patrols and the billing folder. */
        YEAR,
        /** A month's bill run. */
        BILL_RUN,
        /** The store's fee collection summary, counted once the bills are in. */
        COLLECTION
    }

    public Loading {
        requireNonNull(what, "what");
        requireNonNull(month, "month");
        if (step < 1 || step > steps) {
            throw new IllegalArgumentException("step " + step + " of " + steps);
        }
    }
}
