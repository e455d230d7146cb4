package org.ruralwater.billing.subsidy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The fund that pays a subsidy, such as a county's budget, by the name its scheme file gives it.
 *
 * <p>A bill line the fund pays is named {@code subsidy:<fund>}, which is how bills and the ledger file show it,
 * and how a line read back from a ledger file gets its fund again ({@link #namedBy}).
 */
public record Fund(String name) {

    private static final String LINE_PREFIX = "subsidy:";

    public Fund {
        requireNonNull(name, "name");
    }

    /** The fund of this name; the strict readers read a fund with it. */
    public static Fund parse(String name) {
        return new Fund(name);
    }

    /** The fund a bill line's component names, if it is a line a fund pays. */
    public static Optional<Fund> namedBy(String component) {
        return component.startsWith(LINE_PREFIX)
                ? Optional.of(new Fund(component.substring(LINE_PREFIX.length())))
                : Optional.empty();
    }

    /** Whether a bill line's component names this fund as the one that pays it. */
    public boolean isNamedBy(String component) {
        return component.length() == LINE_PREFIX.length() + name.length()
                && component.startsWith(LINE_PREFIX)
                && component.endsWith(name);
    }

    /** The component of a bill line this fund pays. */
    public String lineComponent() {
        return LINE_PREFIX + name;
    }

    @Override
    public String toString() {
        return name;
    }
}
