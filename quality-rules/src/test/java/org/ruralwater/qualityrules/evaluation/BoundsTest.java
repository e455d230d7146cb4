package org.ruralwater.qualityrules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
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

        assertThat(b)
                .isEqualTo(new Bounds.Incomparable("a descriptive result (\"少许\") cannot be held to a numeric limit"));
    }

    @Test
    void aUnitTheLimitCannotTakeIsReturnedAsIncomparableNotThrown() {
        Result ntu = new Result.Measured(Quantity.of(new BigDecimal("3"), Unit.parse("NTU")));

        assertThat(Bounds.of(Determination.of("arsenic", ntu), arsenic))
                .isEqualTo(new Bounds.Incomparable("NTU cannot be converted to the unit of arsenic"));
    }

    @Test
    void aBasisTheIndicatorDoesNotKnowIsIncomparable() {
        Result r = new Result.Measured(Quantity.of(new BigDecimal("3"), Unit.parse("mg/L")));

        assertThat(Bounds.of(new Determination("nitrate_n", r, Optional.of("XYZ")), nitrate))
                .isEqualTo(new Bounds.Incomparable("nitrate_n has no basis XYZ"));
    }

    @Test
    void belowADetectionLimitLiesBetweenZeroAndTheLimitInTheLimitsUnit() {
        Result r = new Result.BelowLimit(Optional.of(Quantity.of(new BigDecimal("2"), Unit.parse("µg/L"))));

        assertThat(Bounds.of(Determination.of("arsenic", r), arsenic))
                .isEqualTo(new Bounds.Between(
                        BigDecimal.ZERO, new BigDecimal("0.002"), true, false, "below the detection limit 0.002"));
    }

    @Test
    void notDetectedWithoutALimitIsOpenAbove() {
        Bounds.Between b = (Bounds.Between)
                Bounds.of(Determination.of("arsenic", new Result.BelowLimit(Optional.empty())), arsenic);

        assertThat(b.high()).isNull();
        assertThat(b.againstMax(new BigDecimal("0.01"), false)).isEqualTo(Verdict.INDETERMINATE);
    }
}
