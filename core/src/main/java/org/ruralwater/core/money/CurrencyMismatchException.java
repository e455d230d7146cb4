package org.ruralwater.core.money;

import java.util.Currency;

/** Thrown when two amounts in different currencies are added, subtracted or compared. */
public final class CurrencyMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Currency first;
    private final transient Currency second;

    CurrencyMismatchException(Currency first, Currency second) {
        super("cannot combine " + first.getCurrencyCode() + " with " + second.getCurrencyCode()
                + "\nMaybe convert one of them first at an explicit exchange rate");
        this.first = first;
        this.second = second;
    }

    public Currency first() {
        return first;
    }

    public Currency second() {
        return second;
    }
}
