package org.ruralwater.store.collection;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.ruralwater.billing.collection.CollectionRate;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.region.RegionCode;

/**
 * The fee collection of a region's bills for a month: what was collected of them by a day, of what they
 * charged, as billing's receivables count it (each payment applied to the oldest open items first).
 */
public record FeeCollection(RegionCode region, YearMonth month, LocalDate asOf, Money collected, Money due) {

    public FeeCollection {
        requireNonNull(region, "region");
        requireNonNull(month, "month");
        requireNonNull(asOf, "asOf");
        requireNonNull(collected, "collected");
        requireNonNull(due, "due");
    }

    /** Collected ÷ due in percent, empty when nothing was due. */
    public Optional<BigDecimal> percent() {
        return new CollectionRate(collected, due).percent();
    }
}
