package org.ruralwater.billing.prepaid;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;

/** Something that happens to a prepaid (IC-card) account. */
public sealed interface PrepaidEvent permits PrepaidEvent.TopUp, PrepaidEvent.Burn {

    LocalDateTime at();

    /** Money loaded onto the card, up to 10^9 of the currency's unit. */
    record TopUp(
            LocalDateTime at,
            @Within(min = "0", max = "1e9") Money amount) implements PrepaidEvent {

        private static final Range AMOUNT = Range.of(TopUp.class, "amount");

        public TopUp {
            requireNonNull(at, "at");
            requireNonNull(amount, "amount");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("a top-up must be positive, but was " + amount);
            }
            AMOUNT.check(BillingWords.A_TOP_UP, amount.amount());
        }
    }

    /** Water used since the last reading, at the price the tariff quotes for it: up to 10^9 of the unit. */
    record Burn(
            LocalDateTime at,
            @Within(min = "0", max = "1e9") Money charge) implements PrepaidEvent {

        private static final Range CHARGE = Range.of(Burn.class, "charge");

        public Burn {
            requireNonNull(at, "at");
            requireNonNull(charge, "charge");
            if (charge.isNegative()) {
                throw new IllegalArgumentException("a charge cannot be negative, but was " + charge);
            }
            CHARGE.check(BillingWords.A_CHARGE, charge.amount());
        }
    }
}
