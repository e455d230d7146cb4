package org.ruralwater.billing.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.money.Money;

class SubsidyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Fund COUNTY = new Fund("县财政");
    /** A flat 2.90 a m³, as Jiangdu's rural tariff. */
    private static final Subsidy.Charge FLAT =
            m3 -> Money.of(CNY, m3.multiply(new BigDecimal("2.90")), RoundingMode.HALF_UP);

    private static Money relief(Subsidy s, String m3) {
        BigDecimal used = new BigDecimal(m3);
        return s.reliefOn(FLAT.forVolume(used), used, FLAT);
    }

    @Test
    void aFreeQuantityPaysAsIfTheHouseholdUsedThatMuchLessButNeverBelowNothing() {
        Subsidy s = new Subsidy.FreeQuantity("dibao", new BigDecimal("3"), COUNTY, "test");
        assertThat(relief(s, "10")).isEqualTo(Money.of("CNY", "8.70"));
        assertThat(relief(s, "2")).isEqualTo(Money.of("CNY", "5.80"));
        assertThat(s.lineDescription(CNY)).isEqualTo("dibao subsidy: 3 m³ free (paid by 县财政)");
    }

    @Test
    void aDiscountRateTakesItsShareRoundedHalfUpToTheFen() {
        Subsidy s = new Subsidy.DiscountRate("tekun", new BigDecimal("0.25"), COUNTY, "test");
        assertThat(relief(s, "10")).isEqualTo(Money.of("CNY", "7.25"));
        assertThat(relief(s, "1")).isEqualTo(Money.of("CNY", "0.73")); // 0.725
        assertThat(s.lineDescription(CNY)).isEqualTo("tekun subsidy: 25% off (paid by 县财政)");
    }

    @Test
    void aFixedOffsetIsInTheBillsCurrencyAndNeverMoreThanTheBill() {
        Subsidy s = new Subsidy.FixedOffset("wubao", new BigDecimal("5"), COUNTY, "test");
        assertThat(relief(s, "10")).isEqualTo(Money.of("CNY", "5.00"));
        assertThat(relief(s, "1")).isEqualTo(Money.of("CNY", "2.90"));
        assertThat(s.lineDescription(CNY)).isEqualTo("wubao subsidy: CNY 5.00 off (paid by 县财政)");
    }

    @Test
    void aSchemeRowBecomesTheSubsidyOfItsKind() {
        assertThat(Subsidy.of("a", Subsidy.Kind.FREE_QUANTITY, BigDecimal.ONE, COUNTY, "s"))
                .isEqualTo(new Subsidy.FreeQuantity("a", BigDecimal.ONE, COUNTY, "s"));
        assertThat(Subsidy.of("a", Subsidy.Kind.DISCOUNT_RATE, BigDecimal.ONE, COUNTY, "s"))
                .isInstanceOf(Subsidy.DiscountRate.class);
        assertThat(Subsidy.of("a", Subsidy.Kind.FIXED_OFFSET, BigDecimal.ONE, COUNTY, "s"))
                .isInstanceOf(Subsidy.FixedOffset.class);
        assertThat(Subsidies.bundled("jiangdu-2015").forCategory("dibao"))
                .contains(new Subsidy.FreeQuantity(
                        "dibao", new BigDecimal("3"), new Fund("县财政 (county budget, assumed)"), "农村低保家庭每月免收3m3水费"));
    }

    @Test
    void aNegativeSubsidyAndARateAboveOneAreRefused() {
        assertThatThrownBy(() -> new Subsidy.FixedOffset("a", new BigDecimal("-1"), COUNTY, "s"))
                .hasMessage("subsidy a cannot be negative");
        assertThatThrownBy(() -> new Subsidy.FreeQuantity("a", new BigDecimal("-1"), COUNTY, "s"))
                .hasMessage("subsidy a cannot be negative");
        assertThatThrownBy(() -> new Subsidy.DiscountRate("a", new BigDecimal("1.01"), COUNTY, "s"))
                .hasMessage("a discount rate is 0 to 1, but a has 1.01");
    }
}
