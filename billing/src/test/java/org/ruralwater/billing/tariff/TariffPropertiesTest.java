package org.ruralwater.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.money.Money;

class TariffPropertiesTest {

    private static final Period MARCH = Period.month(2026, 3);

    /** A random tiered tariff: 1 to 4 blocks with rising whole-m³ boundaries and prices to the fen. */
    private static Gen<Tariff> tiered(TariffFile.Allowance allowance) {
        return lists().of(integers().between(1, 40).zip(integers().between(1, 2000), (step, fen) ->
                        new int[] {step, fen}))
                .ofSizeBetween(1, 4)
                .map(steps -> {
                    List<TariffFile.Block> blocks = new ArrayList<>();
                    int boundary = 0;
                    for (int i = 0; i < steps.size(); i++) {
                        boundary += steps.get(i)[0];
                        boolean last = i == steps.size() - 1;
                        blocks.add(new TariffFile.Block(
                                last ? Optional.empty() : Optional.of(BigDecimal.valueOf(boundary)),
                                BigDecimal.valueOf(steps.get(i)[1], 2)));
                    }
                    TariffFile.Row row = new TariffFile.Row(
                            TariffFile.Kind.TIERED,
                            "水费",
                            Optional.empty(),
                            Optional.of(allowance),
                            Optional.of(blocks),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty());
                    return Tariff.of(new TariffFile(
                            "P",
                            "p",
                            UserCategory.RURAL_RESIDENTIAL,
                            Currency.getInstance("CNY"),
                            LocalDate.of(2020, 1, 1),
                            Optional.empty(),
                            "test",
                            TariffFile.Confidence.ILLUSTRATIVE,
                            RoundingMode.HALF_UP,
                            List.of(row)));
                });
    }

    /** Consumption in m³ to the litre, 0 to 200. */
    private static Gen<BigDecimal> consumption() {
        return integers().between(0, 200_000).map(l -> BigDecimal.valueOf(l, 3));
    }

    private static BigDecimal billed(Quote q) {
        return q.lines().stream()
                .map(l -> l.quantity().orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theTotalIsTheSumOfTheLinesAndEveryLitreIsBilledOnce() {
        qt().withExamples(2000)
                .forAll(tiered(TariffFile.Allowance.MONTH), consumption())
                .checkAssert((t, c) -> {
                    Quote q = t.quote(new QuoteRequest(MARCH, c, 3, BigDecimal.ZERO, Optional.empty()));
                    assertThat(q.total())
                            .isEqualTo(Money.total(
                                    Currency.getInstance("CNY"),
                                    q.lines().stream().map(BillLine::amount).toList()));
                    assertThat(billed(q)).isEqualByComparingTo(c);
                });
    }

    @Test
    void aBoundaryIsBilledInTheLowerTierAndOneMoreCubicMetreReachesTheNext() {
        qt().withExamples(1000)
                .forAll(tiered(TariffFile.Allowance.MONTH), integers().between(0, 3))
                .checkAssert((t, k) -> {
                    List<TariffFile.Block> blocks = ((Component.Tiered) componentOf(t)).blocks();
                    if (k >= blocks.size() - 1) {
                        return;
                    }
                    BigDecimal boundary = blocks.get(k).upTo().orElseThrow();
                    Quote at = t.quote(new QuoteRequest(MARCH, boundary, 1, BigDecimal.ZERO, Optional.empty()));
                    assertThat(at.lines()).hasSize(k + 1);
                    Quote over = t.quote(new QuoteRequest(
                            MARCH, boundary.add(BigDecimal.ONE), 1, BigDecimal.ZERO, Optional.empty()));
                    assertThat(over.lines()).hasSize(k + 2);
                    assertThat(over.lines().get(k + 1).quantity()).contains(BigDecimal.ONE);
                });
    }

    @Test
    void moreWaterNeverCostsLess() {
        qt().withExamples(2000)
                .forAll(tiered(TariffFile.Allowance.MONTH), consumption(), consumption())
                .checkAssert((t, a, b) -> {
                    BigDecimal lo = a.min(b);
                    BigDecimal hi = a.max(b);
                    Money low = t.quote(new QuoteRequest(MARCH, lo, 2, BigDecimal.ZERO, Optional.empty()))
                            .total();
                    Money high = t.quote(new QuoteRequest(MARCH, hi, 2, BigDecimal.ZERO, Optional.empty()))
                            .total();
                    assertThat(low.isGreaterThan(high)).isFalse();
                });
    }

    @Test
    void monthlyBillsOnAYearlyAllowanceBillTheSameVolumesPerTierAsOneYearlyBill() {
        Gen<List<BigDecimal>> months = lists().of(integers().between(0, 40_000).map(l -> BigDecimal.valueOf(l, 3)))
                .ofSize(12);
        qt().withExamples(500).forAll(tiered(TariffFile.Allowance.YEAR), months).checkAssert((t, use) -> {
            BigDecimal[] perTierMonthly = new BigDecimal[4];
            Arrays.fill(perTierMonthly, BigDecimal.ZERO);
            BigDecimal earlier = BigDecimal.ZERO;
            for (int m = 0; m < 12; m++) {
                Quote q =
                        t.quote(new QuoteRequest(Period.month(2026, m + 1), use.get(m), 3, earlier, Optional.empty()));
                for (BillLine l : q.lines()) {
                    int tier = Integer.parseInt(l.description().replaceAll(".* tier (\\d+) .*", "$1")) - 1;
                    perTierMonthly[tier] = perTierMonthly[tier].add(l.quantity().orElseThrow());
                }
                earlier = earlier.add(use.get(m));
            }
            Quote year = t.quote(new QuoteRequest(Period.year(2026), earlier, 3, BigDecimal.ZERO, Optional.empty()));
            for (BillLine l : year.lines()) {
                int tier = Integer.parseInt(l.description().replaceAll(".* tier (\\d+) .*", "$1")) - 1;
                assertThat(perTierMonthly[tier])
                        .isEqualByComparingTo(l.quantity().orElseThrow());
            }
        });
    }

    @Test
    void prorationSplitsConsumptionExactlyToTheLitre() {
        qt().withExamples(2000)
                .forAll(consumption(), integers().between(1, 30), integers().between(1, 30))
                .checkAssert((c, d1, d2) -> {
                    List<BigDecimal> parts = Tariffs.splitByDays(c, List.of((long) d1, (long) d2));
                    assertThat(parts.get(0).add(parts.get(1))).isEqualByComparingTo(c);
                });
    }

    private static Component componentOf(Tariff t) {
        return t.components().get(0);
    }
}
