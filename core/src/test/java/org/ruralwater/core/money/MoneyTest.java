package org.ruralwater.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void keepsTheAmountAtTheCurrencyScale() {
        assertThat(Money.of(CNY, new BigDecimal("12.3")).amount()).isEqualByComparingTo("12.30");
        assertThat(Money.of(CNY, new BigDecimal("12.3"))).hasToString("CNY 12.30");
        assertThat(Money.of(JPY, new BigDecimal("500"))).hasToString("JPY 500");
    }

    @Test
    void refusesAnAmountFinerThanTheCurrencyInsteadOfRoundingIt() {
        assertThatThrownBy(() -> Money.of(CNY, new BigDecimal("0.005")))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("CNY 0.005 has 3 decimal places but CNY has 2")
                .hasMessageContaining("Maybe");
    }

    @Test
    void acceptsTrailingZerosBeyondTheScale() {
        assertThat(Money.of(CNY, new BigDecimal("1.2000"))).isEqualTo(Money.ofMinor(CNY, 120));
    }

    @Test
    void roundsOnlyWithTheModeTheCallerNames() {
        assertThat(Money.of(CNY, new BigDecimal("0.005"), RoundingMode.HALF_UP)).isEqualTo(Money.ofMinor(CNY, 1));
        assertThat(Money.of(CNY, new BigDecimal("0.005"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.ofMinor(CNY, 0));
        assertThat(Money.of("CNY", "2.85").multipliedBy(new BigDecimal("1.5"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("CNY", "4.28"));
        assertThat(Money.of("CNY", "10.00").dividedBy(3, RoundingMode.DOWN)).isEqualTo(Money.of("CNY", "3.33"));
    }

    @Test
    void textFormRoundTrips() {
        Money m = Money.of("CNY", "-1234.50");
        assertThat(Money.parse(m.toString())).isEqualTo(m);
    }

    @Test
    void parseNamesWhatIsWrong() {
        assertThatThrownBy(() -> Money.parse("12.30")).hasMessageContaining("\"CNY 12.30\"");
        assertThatThrownBy(() -> Money.parse("RMB 12.30")).hasMessageContaining("not an ISO 4217 currency code");
        assertThatThrownBy(() -> Money.parse("CNY twelve")).hasMessageContaining("is not a decimal amount");
    }

    @Test
    void addsAndSubtractsExactly() {
        Money a = Money.of("CNY", "0.10");
        Money b = Money.of("CNY", "0.20");
        assertThat(a.plus(b)).isEqualTo(Money.of("CNY", "0.30"));
        assertThat(a.minus(b)).isEqualTo(Money.of("CNY", "-0.10"));
        assertThat(a.minus(b).isNegative()).isTrue();
        assertThat(a.multipliedBy(3)).isEqualTo(Money.of("CNY", "0.30"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("CNY", "1.00").plus(Money.of("USD", "1.00")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("cannot combine CNY with USD");
    }

    @Test
    void totalsAListAndRefusesAnEmptyOneWithoutACurrency() {
        assertThat(Money.total(List.of(Money.of("CNY", "1.10"), Money.of("CNY", "2.20"))))
                .isEqualTo(Money.of("CNY", "3.30"));
        assertThat(Money.total(CNY, List.of())).isEqualTo(Money.zero(CNY));
        assertThatThrownBy(() -> Money.total(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Maybe call total(currency, amounts)");
    }

    @Test
    void allocatesTheLeftoverFenToTheLargestRemainders() {
        assertThat(Money.of("CNY", "100.00").allocate(1, 1, 1))
                .containsExactly(Money.of("CNY", "33.34"), Money.of("CNY", "33.33"), Money.of("CNY", "33.33"));
        assertThat(Money.of("CNY", "0.05").allocate(3, 7))
                .containsExactly(Money.of("CNY", "0.02"), Money.of("CNY", "0.03")); // a tie goes to the earlier part
        assertThat(Money.of("CNY", "-0.10").allocateEvenly(3))
                .containsExactly(Money.of("CNY", "-0.04"), Money.of("CNY", "-0.03"), Money.of("CNY", "-0.03"));
    }

    @Test
    void allocationRefusesRatiosThatShareNothing() {
        Money m = Money.of("CNY", "1.00");
        assertThatThrownBy(() -> m.allocate()).hasMessageContaining("at least one ratio");
        assertThatThrownBy(() -> m.allocate(0, 0)).hasMessageContaining("must not all be zero");
        assertThatThrownBy(() -> m.allocate(1, -1)).hasMessageContaining("must not be negative");
    }

    @Test
    void comparesWithinOneCurrency() {
        Money small = Money.of("CNY", "1.00");
        Money large = Money.of("CNY", "2.00");
        assertThat(small.isLessThan(large)).isTrue();
        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(small.max(large)).isEqualTo(large);
        assertThat(small.min(large)).isEqualTo(small);
        assertThat(large.negated().abs()).isEqualTo(large);
    }

    @Test
    void refusesCurrenciesWithoutMinorUnits() {
        assertThatThrownBy(() -> Money.zero(Currency.getInstance("XXX"))).hasMessageContaining("no minor unit");
    }
}
