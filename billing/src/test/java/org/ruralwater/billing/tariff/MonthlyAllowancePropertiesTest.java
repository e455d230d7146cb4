package org.ruralwater.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.money.Money;

/** Monthly allowances scale with the months a period covers: linearly, and a quarter as three months. */
class MonthlyAllowancePropertiesTest {

    /** Tier bounds in whole m³ (rising) and prices to the fen; the last block has no bound. */
    private static Gen<int[][]> blocks() {
        return lists().of(integers().between(1, 40).zip(integers().between(1, 2000), (step, fen) ->
                        new int[] {step, fen}))
                .ofSizeBetween(1, 4)
                .map(l -> l.toArray(new int[0][]));
    }

    private static Tariff tiered(int[][] steps, int factor) {
        List<TariffFile.Block> blocks = new ArrayList<>();
        int boundary = 0;
        for (int i = 0; i < steps.length; i++) {
            boundary += steps[i][0];
            boolean last = i == steps.length - 1;
            blocks.add(new TariffFile.Block(
                    last ? Optional.empty() : Optional.of(BigDecimal.valueOf((long) boundary * factor)),
                    BigDecimal.valueOf(steps[i][1], 2)));
        }
        return tariff(new TariffFile.Row(
                TariffFile.Kind.TIERED,
                "水费",
                Optional.empty(),
                Optional.of(TariffFile.Allowance.MONTH),
                Optional.of(blocks),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    }

    private static Tariff fixed(BigDecimal amount) {
        return tariff(new TariffFile.Row(
                TariffFile.Kind.FIXED,
                "基本水费",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(amount),
                Optional.of(TariffFile.Per.HOUSEHOLD),
                Optional.empty(),
                Optional.empty()));
    }

    private static Tariff tariff(TariffFile.Row row) {
        return Tariff.of(new TariffFile(
                "P",
                "p",
                UserCategory.RURAL_RESIDENTIAL,
                Currency.getInstance("CNY"),
                LocalDate.of(2000, 1, 1),
                Optional.empty(),
                "test",
                TariffFile.Confidence.ILLUSTRATIVE,
                RoundingMode.HALF_UP,
                List.of(row)));
    }

    private static Money total(Tariff t, Period p, BigDecimal m3) {
        return t.quote(new QuoteRequest(p, m3, 3, BigDecimal.ZERO, Optional.empty()))
                .total();
    }

    @Test
    void quotingAQuarterEqualsQuotingAMonthWithThreeMonthsAllowance() {
        qt().withExamples(500)
                .forAll(
                        blocks(),
                        integers().between(0, 300_000),
                        integers().between(2000, 2100),
                        integers().between(1, 4))
                .checkAssert((steps, litres, year, quarter) -> {
                    BigDecimal use = BigDecimal.valueOf(litres, 3);
                    Money byQuarter = total(tiered(steps, 1), Period.quarter(year, quarter), use);
                    Money byMonthTimesThree = total(tiered(steps, 3), Period.month(year, quarter * 3), use);
                    assertThat(byQuarter).isEqualTo(byMonthTimesThree);
                });
    }

    @Test
    void aYearOfAFixedChargeIsTwelveMonthsAndAQuarterThree() {
        qt().withExamples(300)
                .forAll(integers().between(0, 100_000), integers().between(2000, 2100))
                .checkAssert((fen, year) -> {
                    Tariff t = fixed(BigDecimal.valueOf(fen, 2));
                    Money month = total(t, Period.month(year, 2), BigDecimal.ZERO);
                    assertThat(total(t, Period.year(year), BigDecimal.ZERO)).isEqualTo(month.multipliedBy(12));
                    assertThat(total(t, Period.quarter(year, 1), BigDecimal.ZERO))
                            .isEqualTo(month.multipliedBy(3));
                });
    }

    @Test
    void theMonthsOfAPeriodAreLinear() {
        // Any date range split anywhere covers the months of its two parts, exactly.
        qt().withExamples(2000)
                .forAll(
                        integers().between(0, 3000),
                        integers().between(0, 800),
                        integers().between(0, 800))
                .checkAssert((start, a, b) -> {
                    LocalDate from = LocalDate.of(2024, 1, 1).plusDays(start);
                    LocalDate cut = from.plusDays(a);
                    LocalDate to = cut.plusDays(1 + b);
                    Months whole = Months.of(Period.range(from, to));
                    Months left = Months.of(Period.range(from, cut));
                    Months right = Months.of(Period.range(cut.plusDays(1), to));
                    assertThat(sum(left, right)).isEqualTo(whole);
                });
    }

    @Test
    void aMonthAQuarterAndAYearCoverOneThreeAndTwelveMonths() {
        qt().forAll(integers().between(1900, 2200), integers().between(1, 12)).checkAssert((year, month) -> {
            assertThat(Months.of(Period.month(year, month))).isEqualTo(Months.whole(1));
            assertThat(Months.of(Period.quarter(year, (month + 2) / 3))).isEqualTo(Months.whole(3));
            assertThat(Months.of(Period.year(year))).isEqualTo(Months.whole(12));
        });
    }

    @Test
    void aPartMonthCountsItsShareOfDays() {
        Months m = Months.of(Period.parse("2026-01-17..2026-02-14"));

        assertThat(m)
                .isEqualTo(sum(
                        new Months(BigInteger.valueOf(15), BigInteger.valueOf(31)),
                        new Months(BigInteger.valueOf(14), BigInteger.valueOf(28))));
        assertThat(m).hasToString("0.98");
    }

    @Test
    void aTierBoundOverAPartMonthIsProratedToTheLitre() {
        // 16 m³ a month over 15 of January's 31 days and 14 of February's 28: 16 × (15/31 + 1/2) = 15.742 m³.
        Tariff t = tiered(new int[][] {{16, 100}, {1, 200}}, 1);
        Quote q = t.quote(QuoteRequest.of(Period.parse("2026-01-17..2026-02-14"), "20", 1));

        assertThat(q.lines())
                .extracting(BillLine::quantity)
                .containsExactly(Optional.of(new BigDecimal("15.742")), Optional.of(new BigDecimal("4.258")));
    }

    private static Months sum(Months a, Months b) {
        return new Months(
                a.numerator().multiply(b.denominator()).add(b.numerator().multiply(a.denominator())),
                a.denominator().multiply(b.denominator()));
    }
}
