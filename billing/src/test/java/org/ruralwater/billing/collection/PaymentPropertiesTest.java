package org.ruralwater.billing.collection;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.money.Money;

/** A payment is a positive amount of at most a billion of its currency's unit. */
class PaymentPropertiesTest {

    private static final BigDecimal BILLION = new BigDecimal("1e9");

    @Test
    void aPaymentIsAboveZeroAndAtMostABillion() {
        qt().withExamples(2000).forAll(longs().all(), integers().between(0, 18)).checkAssert((fen, shift) -> {
            // Amounts to the fen, of every size up to 10^17 yuan, of either sign.
            BigDecimal yuan = BigDecimal.valueOf(fen / (long) Math.pow(10, shift), 2);
            Money amount = Money.of("CNY", yuan.toPlainString());
            if (yuan.signum() > 0 && yuan.compareTo(BILLION) <= 0) {
                assertThatCode(() -> pay(amount)).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> pay(amount)).isInstanceOf(IllegalArgumentException.class);
            }
        });
    }

    private static Payment pay(Money amount) {
        return Payment.of("P1", HouseholdId.of("H1"), LocalDate.of(2015, 6, 10), amount);
    }
}
