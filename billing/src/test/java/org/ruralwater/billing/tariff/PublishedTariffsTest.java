package org.ruralwater.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.money.Money;

/** Quotes of real published tariffs, each expected amount worked out by hand from the published prices. */
class PublishedTariffsTest {

    private final Tariffs tariffs = Tariffs.bundled();

    private Money total(String id, QuoteRequest r) {
        return tariffs.quote(id, r).total();
    }

    @ParameterizedTest(name = "Jinping 2021, {0} m³ in a month: {1}")
    @CsvSource({
        "10, 42.00", // 10 × 4.20
        "16, 67.20", // the 16th m³ is still tier 1 (含16m3)
        "17, 72.85", // + 1 × 5.65
        "16.5, 70.03", // + 0.5 × 5.65 = 2.825, rounded half-up on its line
        "25, 118.05", // 67.20 + 9 × 5.65
        "30, 153.55" // 118.05 + 5 × 7.10
    })
    void jinpingMonthlyTiers(String m3, String yuan) {
        assertThat(total("CN-YN-JINPING-RESIDENTIAL", QuoteRequest.of(Period.month(2026, 3), m3, 3)))
                .isEqualTo(Money.of("CNY", yuan));
    }

    @Test
    void jiangduTiersRunOverTheYearWhileBillsAreMonthly() {
        // 200 m³ used earlier in the year: the next 16 m³ finish tier 1 (216), 4 more start tier 2.
        Quote q = tariffs.quote(
                "CN-JS-JIANGDU-URBAN-RESIDENTIAL",
                QuoteRequest.of(Period.month(2026, 11), "20", 3).withUsedEarlier(new BigDecimal("200")));
        assertThat(q.lines())
                .extracting(l -> l.quantity().orElseThrow())
                .containsExactly(new BigDecimal("16"), new BigDecimal("4"));
        assertThat(q.total()).isEqualTo(Money.of("CNY", "63.32")); // 48.00 + 15.32
    }

    @Test
    void jiangduGivesLargeHouseholdsMoreOfEachTier() {
        QuoteRequest lateInYear =
                QuoteRequest.of(Period.month(2026, 12), "10", 4).withUsedEarlier(new BigDecimal("260"));
        // Four people: 4 m³ at 3.83 up to 264, then 6 m³ at 6.32 = 15.32 + 37.92.
        assertThat(total("CN-JS-JIANGDU-URBAN-RESIDENTIAL", lateInYear)).isEqualTo(Money.of("CNY", "53.24"));
        // Six people: +2 × 60 m³ a year on each boundary (336, 384): all 10 m³ in tier 1.
        QuoteRequest six = new QuoteRequest(
                Period.month(2026, 12), new BigDecimal("10"), 6, new BigDecimal("260"), Optional.empty());
        assertThat(total("CN-JS-JIANGDU-URBAN-RESIDENTIAL", six)).isEqualTo(Money.of("CNY", "30.00"));
    }

    @Test
    void jiangduRuralFlatPriceAndItsRiseProratedByDays() {
        assertThat(total("CN-JS-JIANGDU-RURAL-RESIDENTIAL", QuoteRequest.of(Period.month(2015, 5), "12.5", 3)))
                .isEqualTo(Money.of("CNY", "36.25"));
        // A reading period across the 1 April rise, 10 days at 2.50 and 10 at 2.90: 3.5 m³ each.
        Quote q = tariffs.quote(
                "CN-JS-JIANGDU-RURAL-RESIDENTIAL", QuoteRequest.of(Period.parse("2015-03-22..2015-04-10"), "7", 3));
        assertThat(q.lines())
                .extracting(BillLine::amount)
                .containsExactly(Money.of("CNY", "8.75"), Money.of("CNY", "10.15"));
        assertThat(q.lines().get(0).description()).endsWith("[2015-03-22..2015-03-31, 10/20 days]");
        assertThat(q.total()).isEqualTo(Money.of("CNY", "18.90"));
    }

    @Test
    void liangshanBillsOnceAYear() {
        assertThat(total("CN-SC-LIANGSHAN-VILLAGE", QuoteRequest.of(Period.year(2021), "42", 4)))
                .isEqualTo(Money.of("CNY", "25.20"));
    }

    @Test
    void everyShippedTariffNamesItsSourceAndSaysWhetherItIsReal() {
        for (String id : tariffs.ids()) {
            for (Tariff t : tariffs.versions(id)) {
                assertThat(t.source()).as(id).isNotBlank();
                assertThat(t.isReal()).as(id).isEqualTo(!id.startsWith("EXAMPLE-"));
            }
        }
    }

    @Test
    void aPeriodNoVersionCoversIsRefused() {
        assertThatThrownBy(() -> total("CN-YN-JINPING-RESIDENTIAL", QuoteRequest.of(Period.month(2020, 12), "5", 3)))
                .hasMessageContaining("no version of tariff CN-YN-JINPING-RESIDENTIAL is in force on 2020-12-01");
        assertThat(tariffs.inForce("CN-JS-JIANGDU-RURAL-RESIDENTIAL", LocalDate.of(2015, 3, 31)))
                .map(t -> t.effectiveFrom())
                .contains(LocalDate.of(2015, 1, 1));
    }

    @Test
    void anUnknownTariffSuggestsTheNearest() {
        assertThatThrownBy(() -> tariffs.versions("CN-YN-JINPING-RESIDENTAL"))
                .hasMessageContaining("Maybe \"CN-YN-JINPING-RESIDENTIAL\"?");
    }
}
