package org.ruralwater.assurance.safewater;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.quality.QualityEvidence;
import org.ruralwater.core.region.RegionCode;

/**
 * An observation outside its physical domain is an input error, never a grade: 1e20 litres a person a day
 * was graded SAFE, and −5 minutes of round trip raised convenience to MET.
 */
class ObservationDomainsTest {

    private static Observation observation(String litres, String minutes, int shortfall) {
        return new Observation(
                "H1",
                RegionCode.parse("539821101201"),
                4,
                WaterZone.WATER_RICH,
                Optional.of(new BigDecimal(litres)),
                SupplyCategory.LARGE_SCALE,
                QualityEvidence.MEETS_FULL_LIMITS,
                Connection.PUBLIC_STANDPIPE,
                false,
                Optional.of(new BigDecimal(minutes)),
                Optional.empty(),
                Optional.empty(),
                Optional.of(shortfall));
    }

    @Test
    void litresPerPersonADayAreFromZeroToTenThousand() {
        assertThatCode(() -> observation("0", "10", 0)).doesNotThrowAnyException();
        assertThatCode(() -> observation("10000", "10", 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> observation("1e20", "10", 0))
                .hasMessage("the litres per person a day of observation H1 must be in [0, 10000], but is "
                        + "100000000000000000000");
        assertThatThrownBy(() -> observation("-0.1", "10", 0)).hasMessageContaining("must be in [0, 10000]");
    }

    @Test
    void aRoundTripTakesFromZeroToADaysMinutes() {
        assertThatCode(() -> observation("50", "1440", 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> observation("50", "-5", 0))
                .hasMessage("the round-trip minutes of observation H1 must be in [0, 1440], but is -5");
        assertThatThrownBy(() -> observation("50", "1440.5", 0)).hasMessageContaining("must be in [0, 1440]");
    }

    @Test
    void shortfallDaysAreFromZeroToAYearsDays() {
        assertThatCode(() -> observation("50", "10", 366)).doesNotThrowAnyException();
        assertThatThrownBy(() -> observation("50", "10", 367))
                .hasMessage("the shortfall days of observation H1 must be in [0, 366], but is 367");
    }
}
