package org.ruralwater.store.screening;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * The screening recorded in a month, from the audit log: households screened for the first time, and households
 * screened again whose result changed (a result stored again unchanged is not a change, and not logged).
 */
public record ScreeningChanges(YearMonth month, long screened, long rescreened) {

    public ScreeningChanges {
        requireNonNull(month, "month");
        if (screened < 0 || rescreened < 0) {
            throw new IllegalArgumentException("screening changes of " + month + " cannot be negative");
        }
    }
}
