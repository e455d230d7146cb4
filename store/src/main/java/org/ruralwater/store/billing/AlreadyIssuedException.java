package org.ruralwater.store.billing;

import org.ruralwater.core.calendar.Period;

/**
 * Another run of the same period issued the same documents first, while this one was running: this run added
 * nothing. Running again adds what the other left, which is usually nothing.
 */
public final class AlreadyIssuedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AlreadyIssuedException(Period period, Exception cause) {
        super(
                "another bill run of " + period + " issued its documents first; this run added nothing."
                        + "\nMaybe run it again, which adds only what the other left.",
                cause);
    }
}
