package org.ruralwater.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.money.CurrencyMismatchException;
import org.ruralwater.core.money.Money;

class BillLineTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static BillLine line(String amount) {
        return new BillLine("x", "x", Optional.empty(), Optional.empty(), Money.parse(amount));
    }

    @Test
    void theTotalIsTheSumOfTheLinesInTheCurrencysScale() {
        assertThat(BillLine.total(CNY, List.of(line("CNY 34.80"), line("CNY -3.48"))))
                .isEqualTo(Money.parse("CNY 31.32"));
        assertThat(BillLine.total(CNY, List.of())).isEqualTo(Money.zero(CNY));
        assertThat(BillLine.total(CNY, List.of(line("CNY 7.50")))).isEqualTo(Money.parse("CNY 7.50"));
        assertThatThrownBy(() -> BillLine.total(CNY, List.of(line("USD 7.50"))))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void aLineInAnotherCurrencyIsRefused() {
        assertThatThrownBy(() -> BillLine.total(CNY, List.of(line("CNY 1.00"), line("USD 1.00"))))
                .isInstanceOf(CurrencyMismatchException.class);
    }
}
