package org.ruralwater.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
        List<Unit[]> out = new ArrayList<>();
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
        AtomicInteger exact = new AtomicInteger();
        AtomicInteger inexact = new AtomicInteger();
        qt().withExamples(5000).forAll(decimals(), pairsOf(CONVERTIBLE)).checkAssert((v, pair) -> {
            Unit from = pair[0];
            Unit to = pair[1];
            Quantity q = Quantity.of(v, from);
            boolean terminates = terminates(v.multiply(from.factorToBase()), to.factorToBase());
            Quantity there;
            try {
                there = q.to(to);
            } catch (ArithmeticException e) {
                // to(unit) refuses only when no finite decimal exists, instead of rounding.
                assertThat(terminates)
                        .as("%s %s to %s has a finite decimal", v, from, to)
                        .isFalse();
                inexact.incrementAndGet();
                return;
            }
            assertThat(terminates).isTrue();
            assertThat(there.to(from).value()).isEqualByComparingTo(v);
            assertThat(there.isEquivalentTo(q)).isTrue();
            exact.incrementAndGet();
        });
        // Most pairs of units differ by powers of ten: a test where every conversion threw would prove nothing.
        assertThat(exact.get()).isGreaterThan(inexact.get());
    }

    /** Whether {@code a / b} is a finite decimal: b over its common factors with a has no prime but 2 and 5. */
    private static boolean terminates(BigDecimal a, BigDecimal b) {
        BigInteger p = a.unscaledValue();
        BigInteger q = b.unscaledValue().abs();
        if (p.signum() == 0) {
            return true;
        }
        BigInteger d = q.divide(q.gcd(p.abs()));
        for (BigInteger f : List.of(BigInteger.TWO, BigInteger.valueOf(5))) {
            while (d.mod(f).signum() == 0) {
                d = d.divide(f);
            }
        }
        return d.equals(BigInteger.ONE);
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
