package org.ruralwater.qualityrules.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;

/** How a laboratory's text becomes a result, and which texts are none (issue 14). */
class ResultTest {

    private static Result parse(String text) {
        return Result.parse(text, Unit.MILLIGRAM_PER_LITRE, Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "-NaN", "Infinity", "-Infinity", "+inf", "∞", "<NaN", ">Infinity", "＜inf"})
    void nonFiniteNumbersAreNoResults(String text) {
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not NaN or infinity");
    }

    @Test
    void exponentFormsAreReadWithABoundedExponent() {
        assertThat(parse("1.5e-3")).isEqualTo(new Result.Measured(Quantity.of("0.0015", Unit.MILLIGRAM_PER_LITRE)));
        assertThat(parse("<1E+2"))
                .isEqualTo(new Result.BelowLimit(
                        Optional.of(Quantity.of(new BigDecimal("1E+2"), Unit.MILLIGRAM_PER_LITRE))));
        assertThat(parse("1e1000")).isInstanceOf(Result.Measured.class);
        assertThatThrownBy(() -> parse("1e1001"))
                .hasMessage("\"1e1001\" is not a number with an exponent of at most 1000");
    }

    @Test
    void aHugeExponentIsRefusedAtOnceNotComputed() {
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
            assertThatThrownBy(() -> parse("1e999999999")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> parse(">1e-999999999")).isInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void aTypoIsNoNumberAndAWordIsADescriptiveResult() {
        assertThatThrownBy(() -> parse("0,45x"))
                .hasMessage("\"0,45x\" is not a number, <number, >number, ND or a descriptive text");
        assertThat(parse("无异臭、异味")).isEqualTo(new Result.Descriptive("无异臭、异味"));
        assertThat(parse("未检出")).isEqualTo(new Result.BelowLimit(Optional.empty()));
    }
}
