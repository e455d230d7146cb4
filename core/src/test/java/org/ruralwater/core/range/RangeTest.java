package org.ruralwater.core.range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.RefusalException;

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

    @Test
    void aRefusalIsAPhraseThatAChineseReaderReadsInChinese() {
        assertThatThrownBy(() -> Range.closed(1, 50).check(CoreWords.MEMBERS_OF_HOUSEHOLD, HouseholdId.of("H-5"), 51))
                .isInstanceOf(RefusalException.class)
                .hasMessage("the members of household H-5 must be in [1, 50], but is 51")
                .satisfies(e -> assertThat(((RefusalException) e).reason().in(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("用水户 H-5 的人口数应在 [1, 50] 范围内，实际为 51"));
    }

    @Test
    void anIdRefusalNamesItsKindInTheReadersLanguage() {
        assertThatThrownBy(() -> HouseholdId.of("H 5"))
                .isInstanceOf(RefusalException.class)
                .hasMessage(
                        "a household id has only letters, digits, '-', '_' and '.', but \"H 5\" has ' ' at position 2")
                .satisfies(e -> assertThat(((RefusalException) e).reason().in(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("用水户编号只能含字母、数字、'-'、'_' 和 '.'，\"H 5\" 的第 2 个字符是 ' '"));
    }
}
