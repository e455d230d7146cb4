package org.ruralwater.billing.prepaid;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import org.ruralwater.core.money.Money;

/** Something that happens to a prepaid (IC-card) account. */
public sealed interface PrepaidEvent permits PrepaidEvent.TopUp, PrepaidEvent.Burn {

    LocalDateTime at();

    /** Money loaded onto the card. */
    record TopUp(LocalDateTime at, Money amount) implements PrepaidEvent {
        public TopUp {
            requireNonNull(at, "at");
            requireNonNull(amount, "amount");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("a top-up must be positive, but was " + amount);
            }
        }
    }

    /** Water used since the last reading, at the price the tariff quotes for it. */
    record Burn(LocalDateTime at, Money charge) implements PrepaidEvent {
        public Burn {
            requireNonNull(at, "at");
            requireNonNull(charge, "charge");
            if (charge.isNegative()) {
                throw new IllegalArgumentException("a charge cannot be negative, but was " + charge);
            }
        }
    }
}
