package org.ruralwater.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.billing.subsidy.Fund;
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

    @Test
    void aLineAFundPaysIsNamedForTheFundAndALineSoNamedGetsItsFundBack() {
        Fund county = new Fund("县财政");
        BillLine relief = BillLine.paidBy(county, "dibao subsidy", Money.parse("CNY -8.70"));
        assertThat(relief.component()).isEqualTo("subsidy:县财政");
        assertThat(relief.fund()).contains(county);
        // As a ledger file gives it back: the fund only in the component.
        BillLine readBack = new BillLine(
                relief.component(), relief.description(), Optional.empty(), Optional.empty(), relief.amount());
        assertThat(readBack).isEqualTo(relief);
        assertThat(line("CNY 29.00").fund()).isEmpty();
    }

    @Test
    void aLineWhoseNameAndFundDisagreeIsRefused() {
        assertThatThrownBy(() -> new BillLine(
                        "水费",
                        "x",
                        Optional.empty(),
                        Optional.empty(),
                        Money.parse("CNY -1.00"),
                        Optional.of(new Fund("F"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a line the fund F pays is named subsidy:F, not 水费");
        assertThatThrownBy(() -> new BillLine(
                        "subsidy:G",
                        "x",
                        Optional.empty(),
                        Optional.empty(),
                        Money.parse("CNY -1.00"),
                        Optional.of(new Fund("F"))))
                .hasMessage("a line the fund F pays is named subsidy:F, not subsidy:G");
    }
}
