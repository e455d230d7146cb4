package org.ruralwater.billing.tariff;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ruralwater.core.money.Money;

/** What a tariff charges for one period's water: its lines and their total, which is always their sum. */
public record Quote(String tariff, List<BillLine> lines, Money total) {

    public Quote {
        requireNonNull(tariff, "tariff");
        lines = List.copyOf(lines);
        requireNonNull(total, "total");
        Money sum = BillLine.total(total.currency(), lines);
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("a quote's total " + total + " must be the sum of its lines, " + sum);
        }
    }
}
