package org.ruralwater.core.range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;

class RangeTest {

    @Test
    void aValueIsInsideExactlyWhenItLiesBetweenTheEndsItIncludes() {
        qt().forAll(longs().between(-1000, 1000), longs().between(-1000, 1000), longs().between(-1200, 1200))
                .checkAssert((x, y, v) -> {
                    long a = Math.min(x, y);
                    long b = Math.max(x, y);
                    for (boolean lowIn : new boolean[] {true, false}) {
                        for (boolean highIn : new boolean[] {true, false}) {
                            Range r = new Range(
                                    BigDecimal.valueOf(a), lowIn, BigDecimal.valueOf(b), highIn, Optional.empty());
                            boolean expected = (lowIn ? v >= a : v > a) && (highIn ? v <= b : v < b);
                            assertThat(r.contains(v)).as("%s contains %d", r, v).isEqualTo(expected);
                        }
                    }
                });
    }

    @Test
    void aQuantityIsJudgedInTheRangesUnit() {
        Range capacity =
                new Range(BigDecimal.ZERO, false, new BigDecimal("1e7"), true, Optional.of(Unit.parse("m³/d")));

        assertThat(capacity.contains(Quantity.parse("10000000 m³/d"))).isTrue();
        assertThat(capacity.contains(Quantity.parse("10000001 m³/d"))).isFalse();
        assertThat(capacity.contains(Quantity.parse("0 m³/d"))).isFalse();
        assertThat(capacity.admits(Optional.of(Quantity.parse("1e400 m³/d")))).isFalse();
        assertThat(capacity.admits(Optional.empty())).isTrue();
    }

    @Test
    void itSaysWhatItAdmitsInWordsAndRefusesNamingTheValue() {
        assertThat(Range.closed(1, 50).expected(Phrase.of(CoreWords.WHOLE_NUMBER)))
                .hasToString("a whole number from 1 to 50");
        Range above = new Range(BigDecimal.ZERO, false, new BigDecimal("1e7"), true, Optional.of(Unit.parse("m³/d")));
        assertThat(above.expected(Phrase.of(CoreWords.DECIMAL_NUMBER)))
                .hasToString("a decimal number above 0 and up to 10000000 m³/d");
        assertThat(above).hasToString("(0, 10000000] m³/d");
        assertThatThrownBy(() -> Range.closed(1, 50).check("the members of household H-5", 51))
                .hasMessage("the members of household H-5 must be in [1, 50], but is 51");
    }
}
