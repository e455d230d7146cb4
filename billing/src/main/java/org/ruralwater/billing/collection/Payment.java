package org.ruralwater.billing.collection;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;

/**
 * Money received from a household, or the reversal of an earlier payment (a bounced transfer, a receipt
 * entered twice). A reversal carries no amount of its own: it takes back the payment it names.
 *
 * @param amount what was paid, up to 10^9 of the currency's unit; zero on a reversal
 */
public record Payment(
        String id,
        HouseholdId household,
        LocalDate paidOn,
        @Within(min = "0", max = "1e9") Money amount,
        Optional<String> reverses) {

    private static final Range AMOUNT = Range.of(Payment.class, "amount");

    public Payment {
        requireNonNull(id, "id");
        requireNonNull(household, "household");
        requireNonNull(paidOn, "paidOn");
        requireNonNull(amount, "amount");
        requireNonNull(reverses, "reverses");
        if (reverses.isEmpty() && !amount.isPositive()) {
            throw new IllegalArgumentException("payment " + id + " must be positive, but was " + amount);
        }
        if (reverses.isPresent() && !amount.isZero()) {
            throw new IllegalArgumentException(
                    "reversal " + id + " takes back " + reverses.get() + " and carries no amount");
        }
        AMOUNT.check(BillingWords.PAYMENT_OF, id, amount.amount());
    }

    public static Payment of(String id, HouseholdId household, LocalDate paidOn, Money amount) {
        return new Payment(id, household, paidOn, amount, Optional.empty());
    }

    public static Payment reversal(String id, Payment original, LocalDate on) {
        return new Payment(
                id, original.household(), on, Money.zero(original.amount().currency()), Optional.of(original.id()));
    }
}
