package org.ruralwater.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class UnitConversionPropertiesTest {

    private static final List<Unit> UNITS = Arrays.asList(Unit.values());

    private static Gen<BigDecimal> decimals() {
        return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .zip(integers().between(-3, 12), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    }

    /** Every ordered pair of units, split into the pairs that share a dimension and those that do not. */
    private static final List<Unit[]> CONVERTIBLE = pairs(true);

    private static final List<Unit[]> INCONVERTIBLE = pairs(false);

    private static List<Unit[]> pairs(boolean convertible) {
        List<Unit[]> out = new java.util.ArrayList<>();
        for (Unit a : UNITS) {
            for (Unit b : UNITS) {
                if (a.isConvertibleTo(b) == convertible) {
                    out.add(new Unit[] {a, b});
                }
            }
        }
        return List.copyOf(out);
    }

    private static Gen<Unit[]> pairsOf(List<Unit[]> pairs) {
        return integers().between(0, pairs.size() - 1).map(pairs::get);
    }

    @Test
    void aConversionThatIsExactRoundTripsExactly() {
        qt().withExamples(5000).forAll(decimals(), pairsOf(CONVERTIBLE)).checkAssert((v, pair) -> {
            Unit from = pair[0];
            Unit to = pair[1];
            Quantity q = Quantity.of(v, from);
            Quantity there;
            try {
                there = q.to(to);
            } catch (ArithmeticException inexact) {
                return; // no finite decimal exists; to(unit) said so instead of rounding
            }
            assertThat(there.to(from).value()).isEqualByComparingTo(v);
            assertThat(there.isEquivalentTo(q)).isTrue();
        });
    }

    @Test
    void powerOfTenConversionsAreAlwaysExact() {
        List<Unit[]> decimalPairs = CONVERTIBLE.stream()
                .filter(p -> isPowerOfTen(p[0]) && isPowerOfTen(p[1]))
                .toList();
        qt().withExamples(3000)
                .forAll(decimals(), pairsOf(decimalPairs))
                .checkAssert((v, pair) -> assertThat(
                                Quantity.of(v, pair[0]).to(pair[1]).to(pair[0]).value())
                        .isEqualByComparingTo(v));
    }

    @Test
    void convertingToAnotherDimensionAlwaysFails() {
        qt().forAll(decimals(), pairsOf(INCONVERTIBLE)).checkAssert((v, pair) -> {
            Unit from = pair[0];
            Unit to = pair[1];
            try {
                Quantity.of(v, from).to(to);
                throw new AssertionError("converted " + from + " to " + to);
            } catch (IncompatibleUnitsException expected) {
                assertThat(expected.from()).isEqualTo(from);
                assertThat(expected.to()).isEqualTo(to);
            }
        });
    }

    private static boolean isPowerOfTen(Unit u) {
        return u.factorToBase().unscaledValue().abs().toString().matches("10*");
    }
}
