package org.ruralwater.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyAllocationPropertiesTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void partsAlwaysSumToTheWhole() {
        qt().withExamples(2000)
                .forAll(
                        longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                        lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 40))
                .assuming((minor, ratios) -> ratios.stream().anyMatch(r -> r > 0))
                .checkAssert((minor, ratios) -> {
                    Money whole = Money.ofMinor(CNY, minor);
                    List<Money> parts = whole.allocate(toLongs(ratios));
                    assertThat(parts).hasSize(ratios.size());
                    assertThat(Money.total(CNY, parts)).isEqualTo(whole);
                });
    }

    @Test
    void eachPartIsWithinOneFenOfItsExactShare() {
        qt().withExamples(2000)
                .forAll(
                        longs().between(0, 10_000_000_000L),
                        lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 20))
                .assuming((minor, ratios) -> ratios.stream().anyMatch(r -> r > 0))
                .checkAssert((minor, ratios) -> {
                    List<Money> parts = Money.ofMinor(CNY, minor).allocate(toLongs(ratios));
                    long sum = ratios.stream().mapToLong(Integer::longValue).sum();
                    for (int i = 0; i < parts.size(); i++) {
                        BigDecimal exact = BigDecimal.valueOf(minor)
                                .multiply(BigDecimal.valueOf(ratios.get(i)))
                                .divide(BigDecimal.valueOf(sum), 10, RoundingMode.HALF_UP);
                        BigDecimal got = BigDecimal.valueOf(parts.get(i).minorUnits());
                        assertThat(got.subtract(exact).abs()).isLessThan(BigDecimal.ONE);
                    }
                });
    }

    @Test
    void aZeroRatioGetsNothing() {
        qt().forAll(longs().between(-1_000_000L, 1_000_000L), integers().between(1, 1000))
                .checkAssert((minor, ratio) -> assertThat(
                                Money.ofMinor(CNY, minor).allocate(ratio, 0).get(1))
                        .isEqualTo(Money.zero(CNY)));
    }

    private static long[] toLongs(List<Integer> ratios) {
        return ratios.stream().mapToLong(Integer::longValue).toArray();
    }
}
