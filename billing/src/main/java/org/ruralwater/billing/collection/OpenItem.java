package org.ruralwater.billing.collection;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.ruralwater.core.money.Money;

/**
 * An invoice in force and what has been paid on it.
 *
 * @param payments the part of each payment allocated to this invoice, in order
 */
public record OpenItem(String bill, LocalDate dueOn, Money amount, List<Allocation> payments) {

    /** A part of a payment applied to an invoice. */
    public record Allocation(String payment, LocalDate paidOn, Money amount) {
        public Allocation {
            requireNonNull(payment, "payment");
            requireNonNull(paidOn, "paidOn");
            requireNonNull(amount, "amount");
        }
    }

    public OpenItem {
        requireNonNull(bill, "bill");
        requireNonNull(dueOn, "dueOn");
        requireNonNull(amount, "amount");
        payments = List.copyOf(payments);
    }

    public Money paid() {
        return Money.total(
                amount.currency(), payments.stream().map(Allocation::amount).toList());
    }

    public Money outstanding() {
        return amount.minus(paid());
    }

    /** What was still owed at the end of a day. */
    public Money outstandingOn(LocalDate day) {
        Money paid = Money.zero(amount.currency());
        for (Allocation a : payments) {
            if (!a.paidOn().isAfter(day)) {
                paid = paid.plus(a.amount());
            }
        }
        return amount.minus(paid);
    }
}
