package org.ruralwater.core.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.region.RegionCode;

class HouseholdTest {

    private static final RegionCode VILLAGE = RegionCode.parse("539821101201");

    @Test
    void aMeterRollsOverAtTenToThePowerOfItsDigits() {
        Meter m = new Meter(MeterId.of("M1"), HouseholdId.of("H1"), 15, 5, LocalDate.of(2024, 1, 1));
        assertThat(m.rolloverAt()).isEqualTo(100_000L);
        assertThatThrownBy(() -> new Meter(MeterId.of("M1"), HouseholdId.of("H1"), 15, 2, LocalDate.of(2024, 1, 1)))
                .hasMessageContaining("2 register digits, outside 3 to 9");
        assertThatThrownBy(() -> new Meter(MeterId.of("M1"), HouseholdId.of("H1"), 5, 5, LocalDate.of(2024, 1, 1)))
                .hasMessageContaining("DN 5, outside DN 8 to DN 1000");
    }

    @Test
    void aMeteredHouseholdMustBeConnected() {
        assertThatThrownBy(() -> new Household(
                        HouseholdId.of("H1"),
                        VILLAGE,
                        Optional.empty(),
                        3,
                        Connection.NONE,
                        Optional.of(MeterId.of("M1"))))
                .hasMessageContaining("has meter M1 but no connection");
        assertThat(Connection.YARD_TAP.isPipedToPremises()).isTrue();
        assertThat(Connection.PUBLIC_STANDPIPE.isPipedToPremises()).isFalse();
    }

    @Test
    void aHouseholdLivesInAVillage() {
        assertThatThrownBy(() -> new Household(
                        HouseholdId.of("H1"),
                        RegionCode.parse("539821"),
                        Optional.empty(),
                        3,
                        Connection.YARD_TAP,
                        Optional.empty()))
                .hasMessageContaining("which is a COUNTY code, not a village");
    }

    @Test
    void aVillageKnowsItsTownshipAndLocation() {
        Village v = new Village(VILLAGE, "桃箐村", new BigDecimal("23.02693"), new BigDecimal("98.79984"));
        assertThat(v.township()).isEqualTo(RegionCode.parse("539821101000"));
        assertThat(v.location()).hasToString("23.02693,98.79984");
        assertThatThrownBy(() -> new Village(VILLAGE, "x", new BigDecimal("123"), BigDecimal.ONE))
                .hasMessageContaining("latitude");
    }
}
