package org.ruralwater.billing.collection;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.ruralwater.core.money.Money;

/**
 * 收缴率: money collected ÷ money due, shown with both amounts (Sichuan's 2020 figure, 94.47%, is this ratio).
 * The same shape serves the cost-recovery ratio: fee income ÷ operation and maintenance cost.
 */
public record CollectionRate(Money collected, Money due) {

    public CollectionRate {
        requireNonNull(collected, "collected");
        requireNonNull(due, "due");
        collected.minus(due); // same currency, or CurrencyMismatchException
    }

    /** The rate in percent, rounded half-up to two decimals; empty when nothing was due. */
    public Optional<BigDecimal> percent() {
        if (!due.isPositive()) {
            return Optional.empty();
        }
        return Optional.of(collected.amount().movePointRight(2).divide(due.amount(), 2, RoundingMode.HALF_UP));
    }

    public CollectionRate plus(CollectionRate other) {
        return new CollectionRate(collected.plus(other.collected), due.plus(other.due));
    }

    @Override
    public String toString() {
        return percent().map(p -> p.toPlainString() + "%").orElse("n/a") + " (" + collected + " of " + due + ")";
    }
}
