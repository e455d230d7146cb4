package org.ruralwater.qualityrules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import org.assertj.core.api.RecursiveComparisonAssert;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.sample.Result;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.Standards;

class BoundsTest {

    private final Indicator arsenic =
            Standards.bundled().get("GB5749-2022").indicator("arsenic").orElseThrow();
    private final Indicator nitrate =
            Standards.bundled().get("GB5749-2022").indicator("nitrate_n").orElseThrow();

    @Test
    void aDescriptiveResultCannotBeComparedAndSaysWhy() {
        Bounds b = Bounds.of(Determination.of("arsenic", new Result.Descriptive("少许")), arsenic);

        assertThatInEnglish(b)
                .isEqualTo(new Bounds.Incomparable(
                        Phrase.verbatim("a descriptive result (\"少许\") cannot be held to a numeric limit")));
    }

    @Test
    void aUnitTheLimitCannotTakeIsReturnedAsIncomparableNotThrown() {
        Result ntu = new Result.Measured(Quantity.of(new BigDecimal("3"), Unit.parse("NTU")));

        assertThatInEnglish(Bounds.of(Determination.of("arsenic", ntu), arsenic))
                .isEqualTo(new Bounds.Incomparable(Phrase.verbatim("NTU cannot be converted to the unit of arsenic")));
    }

    @Test
    void aBasisTheIndicatorDoesNotKnowIsIncomparable() {
        Result r = new Result.Measured(Quantity.of(new BigDecimal("3"), Unit.parse("mg/L")));

        assertThatInEnglish(Bounds.of(new Determination("nitrate_n", r, Optional.of("XYZ")), nitrate))
                .isEqualTo(new Bounds.Incomparable(Phrase.verbatim("nitrate_n has no basis XYZ")));
    }

    @Test
    void belowADetectionLimitLiesBetweenZeroAndTheLimitInTheLimitsUnit() {
        Result r = new Result.BelowLimit(Optional.of(Quantity.of(new BigDecimal("2"), Unit.parse("µg/L"))));

        assertThatInEnglish(Bounds.of(Determination.of("arsenic", r), arsenic))
                .isEqualTo(new Bounds.Between(
                        BigDecimal.ZERO,
                        new BigDecimal("0.002"),
                        true,
                        false,
                        Phrase.verbatim("below the detection limit 0.002")));
    }

    @Test
    void notDetectedWithoutALimitIsOpenAbove() {
        Bounds.Between b = (Bounds.Between)
                Bounds.of(Determination.of("arsenic", new Result.BelowLimit(Optional.empty())), arsenic);

        assertThat(b.high()).isNull();
        assertThat(b.againstMax(new BigDecimal("0.01"), false)).isEqualTo(Verdict.INDETERMINATE);
    }

    /** Bounds compared field by field, their phrases by their English text. */
    private static RecursiveComparisonAssert<?> assertThatInEnglish(Bounds b) {
        return assertThat(b)
                .usingRecursiveComparison()
                .withComparatorForType(Comparator.comparing(Phrase::toString), Phrase.class);
    }
}
