package org.ruralwater.assurance.safewater;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.quality.QualityEvidence;
import org.ruralwater.core.region.RegionCode;

/**
 * Golden cases for T/CHES 18-2018's quantity indicator at and around its floors (issue 15), as the sources
 * reachable quote it: water-rich areas 60 L 达标 and 35 L 基本达标 ([LL], [CK]); water-deficient areas
 * (under 1000 m³ of water resources per person, §3.3) one floor, 20 L ([CK], [ZN]), which grades 达标 at it.
 * The other three indicators are met, so the verdict follows quantity alone.
 */
class QuantityFloorsTest {

    private final SafeWaterRules rules = SafeWaterRules.bundled();

    private static Observation household(WaterZone zone, String litres) {
        return new Observation(
                "H1",
                RegionCode.parse("539821101201"),
                3,
                zone,
                Optional.of(new BigDecimal(litres)),
                SupplyCategory.LARGE_SCALE,
                QualityEvidence.MEETS_FULL_LIMITS,
                Connection.IN_HOUSE_TAP,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(5));
    }

    @ParameterizedTest(name = "{0}: {1} L/(person·d) under {2} is {3}, {4}")
    @CsvSource({
        "WATER_RICH,      34.9, T/CHES 18-2018, NOT_MET,       UNSAFE",
        "WATER_RICH,      35,   T/CHES 18-2018, BASICALLY_MET, BASICALLY_SAFE",
        "WATER_RICH,      59.9, T/CHES 18-2018, BASICALLY_MET, BASICALLY_SAFE",
        "WATER_RICH,      60,   T/CHES 18-2018, MET,           SAFE",
        "WATER_DEFICIENT, 19.9, T/CHES 18-2018, NOT_MET,       UNSAFE",
        "WATER_DEFICIENT, 20,   T/CHES 18-2018, MET,           SAFE",
        "WATER_DEFICIENT, 20.1, T/CHES 18-2018, MET,           SAFE",
        "WATER_DEFICIENT, 80,   T/CHES 18-2018, MET,           SAFE",
        "WATER_RICH,      39.9, HENAN-2020,     NOT_MET,       UNSAFE",
        "WATER_RICH,      40,   HENAN-2020,     BASICALLY_MET, BASICALLY_SAFE",
        "WATER_DEFICIENT, 19.9, HENAN-2020,     NOT_MET,       UNSAFE",
        "WATER_DEFICIENT, 20,   HENAN-2020,     MET,           SAFE"
    })
    void quantityGradesAtAndAroundEachZonesFloors(
            WaterZone zone, String litres, String ruleSet, Grade grade, SafetyVerdict verdict) {
        Assessment a = rules.evaluate(ruleSet, household(zone, litres));

        assertThat(a.quantity()).isEqualTo(grade);
        assertThat(a.verdict()).isEqualTo(verdict);
        assertThat(a.passesPovertyCheck()).isEqualTo(grade != Grade.NOT_MET);
    }

    @ParameterizedTest(name = "{0} L in a water-deficient zone")
    @CsvSource({"20", "35"})
    void theReasonSaysTheWaterDeficientZoneHasOneFloor(String litres) {
        Assessment a = rules.evaluate("T/CHES 18-2018", household(WaterZone.WATER_DEFICIENT, litres));

        assertThat(a.reasons())
                .first()
                .asString()
                .startsWith(
                        "quantity: " + litres + " L/(person·d) ≥ 20, the one floor the rule set gives for this zone")
                .contains("[CK]");
    }
}
