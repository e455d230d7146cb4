package org.ruralwater.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.money.Money;

/** The tariff kinds without a real published example, on the illustrative files. */
class TariffKindsTest {

    private final Tariffs tariffs = Tariffs.bundled();

    @Test
    void twoPartTariffAddsTheFixedPartAndTopsUpToTheMinimum() {
        Quote small = tariffs.quote("EXAMPLE-TWO-PART", QuoteRequest.of(Period.month(2026, 3), "1", 2));
        assertThat(small.lines())
                .extracting(BillLine::amount)
                .containsExactly(Money.of("CNY", "5.00"), Money.of("CNY", "2.50"), Money.of("CNY", "0.50"));
        assertThat(small.total()).isEqualTo(Money.of("CNY", "8.00"));
        assertThat(tariffs.quote("EXAMPLE-TWO-PART", QuoteRequest.of(Period.month(2026, 3), "4", 2))
                        .total())
                .isEqualTo(Money.of("CNY", "15.00"));
    }

    @Test
    void unmeteredSupplyPaysPerPersonPerMonth() {
        assertThat(tariffs.quote("EXAMPLE-UNMETERED-PER-PERSON", QuoteRequest.of(Period.month(2026, 3), "0", 5))
                        .total())
                .isEqualTo(Money.of("CNY", "7.50"));
        assertThat(tariffs.quote("EXAMPLE-UNMETERED-PER-PERSON", QuoteRequest.of(Period.quarter(2026, 1), "0", 5))
                        .total())
                .isEqualTo(Money.of("CNY", "22.50"));
    }

    @Test
    void waterOverQuotaPaysProgressiveSurcharges() {
        // Quota 100 m³, 135 used: 135 × 5.20 = 702.00; 20 × 2.90 = 58.00; 10 × 5.80 = 58.00; 5 × 8.70 = 43.50.
        Quote q = tariffs.quote(
                "EXAMPLE-NON-RESIDENTIAL-QUOTA",
                QuoteRequest.of(Period.month(2026, 3), "135", 1).withQuota(new BigDecimal("100")));
        assertThat(q.lines())
                .extracting(BillLine::amount)
                .containsExactly(
                        Money.of("CNY", "702.00"),
                        Money.of("CNY", "58.00"),
                        Money.of("CNY", "58.00"),
                        Money.of("CNY", "43.50"));
        assertThat(q.total()).isEqualTo(Money.of("CNY", "861.50"));
        assertThat(tariffs.quote(
                                "EXAMPLE-NON-RESIDENTIAL-QUOTA",
                                QuoteRequest.of(Period.month(2026, 3), "100", 1).withQuota(new BigDecimal("100")))
                        .lines())
                .hasSize(1);
    }

    @Test
    void aQuotaTariffWithoutAQuotaAsksForOne() {
        assertThatThrownBy(() -> tariffs.quote(
                        "EXAMPLE-NON-RESIDENTIAL-QUOTA", QuoteRequest.of(Period.month(2026, 3), "135", 1)))
                .hasMessageContaining("needs a quota");
    }

    @Test
    void aBadTariffFileReportsEveryProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"id": "X", "title": "bad", "category": "rural_residential", "currency": "CNY",
                 "effective_from": "2026-01-01", "source": "test", "confidence": "illustrative", "rounding": "half_up",
                 "components": [
                  {"kind": "minimum_charge", "name": "min", "amount": 1},
                  {"kind": "tiered", "name": "t", "allowance": "month", "blocks": [{"up_to": 10, "price": 1}, {"up_to": 5, "price": 2}, {"price": 3}]},
                  {"kind": "volumetric", "name": "v"}]}
                """);
        assertThatThrownBy(() -> Tariffs.none().with(List.of(file)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("components[1] (t): block up_to values must rise, but 5 follows 10")
                .hasMessageContaining("components[2] (v): this kind needs price")
                .hasMessageContaining("a minimum charge must be the last component");
    }

    @Test
    void overlappingVersionsOfOneTariffAreRefused(@TempDir Path dir) throws IOException {
        String text = """
                {"id": "X", "title": "x", "category": "rural_residential", "currency": "CNY",
                 "effective_from": "%s", "source": "test", "confidence": "illustrative", "rounding": "half_up",
                 "components": [{"kind": "volumetric", "name": "v", "price": 1}]}
                """;
        Files.writeString(dir.resolve("a.json"), text.formatted("2026-01-01"));
        Files.writeString(dir.resolve("b.json"), text.formatted("2026-06-01"));
        assertThatThrownBy(() -> Tariffs.none().with(List.of(dir.resolve("a.json"), dir.resolve("b.json"))))
                .hasMessageContaining("overlap");
    }
}
