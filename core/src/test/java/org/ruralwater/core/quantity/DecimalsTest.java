package org.ruralwater.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

    @Test
    void readsEveryDecimalBigDecimalWritesWithABoundedExponent() {
        qt().forAll(longs().all(), integers().between(-900, 900)).checkAssert((unscaled, scale) -> {
            BigDecimal d = BigDecimal.valueOf(unscaled, scale);
            assertThat(Decimals.parse(d.toString())).isEqualTo(d);
            String plain = d.toPlainString();
            if (plain.length() <= Decimals.MAX_LENGTH) {
                assertThat(Decimals.parse(plain)).isEqualByComparingTo(d);
            } else {
                assertThat(Decimals.isDecimal(plain))
                        .as("longer than any number typed")
                        .isFalse();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "-",
                ".",
                "NaN",
                "Infinity",
                "-Infinity",
                "0x1F",
                "1,5",
                "1.2.3",
                "1e",
                "1e+",
                " 1",
                "1 ",
                "１２",
                "1e1001",
                "1e-1001",
                "1e999999999",
                "99999999999999999999e99999999999999999999"
            })
    void refusesWhatIsNotADecimalOrHasAnUnboundedExponent(String text) {
        assertThat(Decimals.isDecimal(text)).isFalse();
        assertThatThrownBy(() -> Decimals.parse(text)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void refusesAHugeExponentInMicrosecondsNotSeconds() {
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            assertThat(Decimals.isDecimal("1e999999999")).isFalse();
        }
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
        assertThat(Decimals.parse("1e1000")).isEqualTo(new BigDecimal("1e1000"));
        assertThat(Decimals.parse("-0.5E-3")).isEqualTo(new BigDecimal("-0.0005"));
    }
}
