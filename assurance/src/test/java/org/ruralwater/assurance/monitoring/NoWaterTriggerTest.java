package org.ruralwater.assurance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ruralwater.core.region.RegionCode;

/**
 * Golden cases for the no-water trigger (issue 15): DB3308/T 077-2020 §8.2.2 calls for emergency supply when
 * supply "连续超过24小时不能恢复", has not come back for more than 24 h, so 24 h itself is not yet a problem.
 */
class NoWaterTriggerTest {

    private static final RiskTriggers MWR = RiskTriggers.mwr2023();
    private static final RegionCode VILLAGE = RegionCode.parse("539821101201");

    private static List<Risk> risksAfter(String hours) {
        Signal s = new Signal(
                "H1",
                VILLAGE,
                SignalKind.INTERRUPTION,
                LocalDateTime.parse("2026-11-20T07:00"),
                Optional.of(new BigDecimal(hours)),
                "self-report",
                "");
        return MWR.detect(List.of(s), List.of(), LocalDate.of(2026, 11, 28)).stream()
                .filter(r -> r.trigger().equals("no-water"))
                .toList();
    }

    @ParameterizedTest(name = "an interruption of {0} h opens no-water: {1}")
    @CsvSource({"23.9, false", "24, false", "24.01, true", "25, true", "72, true"})
    void noWaterOpensOnlyAfterMoreThan24Hours(String hours, boolean opens) {
        assertThat(risksAfter(hours)).hasSize(opens ? 1 : 0);
    }

    @Test
    void theBundledTriggerSaysMoreThanAndCitesTheClause() {
        Trigger noWater = MWR.triggers().stream()
                .filter(t -> t.code().equals("no-water"))
                .findFirst()
                .orElseThrow();

        assertThat(noWater.moreThan()).contains(new BigDecimal("24"));
        assertThat(noWater.atLeast()).isEmpty();
        assertThat(noWater.source())
                .contains("DB3308/T 077-2020")
                .contains("§8.2.2")
                .contains("连续超过24小时");
    }

    @Test
    void aTriggerGivesAtLeastOrMoreThanNotBoth() {
        assertThatThrownBy(() -> new Trigger(
                        "x",
                        ProblemType.NO_WATER_IN_PIPES,
                        SignalKind.INTERRUPTION,
                        Optional.of(BigDecimal.ONE),
                        Optional.of(BigDecimal.ONE),
                        Optional.empty(),
                        Optional.empty(),
                        RectificationClass.ON_THE_SPOT,
                        "s",
                        "low"))
                .hasMessageContaining("at_least or more_than, not both");
    }
}
