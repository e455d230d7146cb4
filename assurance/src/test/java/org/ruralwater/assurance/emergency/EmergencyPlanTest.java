package org.ruralwater.assurance.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.works.WorksId;

class EmergencyPlanTest {

    @Test
    void storageDaysAndDailyCoverageFollowFromThePlanAndTheEmergencyQuantity() {
        // 2,400 people at China's 6 L trucking norm need 14,400 L a day; 50 m³ stored last 3.4 days; two 5 m³
        // trucks making 1 trip each carry 10,000 L a day, 69.4% of the need.
        EmergencyPlan plan = new EmergencyPlan(
                WorksId.of("W1"),
                Optional.empty(),
                Optional.empty(),
                List.of("30 kW diesel generator"),
                new BigDecimal("50"),
                2,
                new BigDecimal("5000"),
                1);

        EmergencyPlan.Readiness r = plan.readiness(2_400, EmergencyNorms.china().litres("trucked_drinking_cn"));

        assertThat(r.demandLitresPerDay()).isEqualByComparingTo("14400");
        assertThat(r.storageDays()).isEqualByComparingTo("3.4");
        assertThat(r.truckingLitresPerDay()).isEqualByComparingTo("10000");
        assertThat(r.dailyCoveragePercent()).isEqualByComparingTo("69.4");
        assertThat(r.gaps())
                .containsExactly(
                        "no backup source",
                        "trucking and backup cover 69.4% of a day's 14400 L once the 3.4 days of storage are used");
    }

    @Test
    void aBackupSourceCanCoverTheWholeDayAndCoverageStopsAtAHundred() {
        EmergencyPlan plan = new EmergencyPlan(
                WorksId.of("W2"),
                Optional.of("old village well"),
                Optional.of(new BigDecimal("30")),
                List.of("submersible pump"),
                new BigDecimal("20"),
                1,
                new BigDecimal("3000"),
                2);

        EmergencyPlan.Readiness r = plan.readiness(1_000, new BigDecimal("15"));

        assertThat(r.dailyCoveragePercent()).isEqualByComparingTo("100.0");
        assertThat(r.gaps()).isEmpty();
    }

    @Test
    void aYieldWithoutASourceOrNegativeFiguresAreRefused() {
        assertThatThrownBy(() -> new EmergencyPlan(
                        WorksId.of("W3"),
                        Optional.empty(),
                        Optional.of(BigDecimal.TEN),
                        List.of(),
                        BigDecimal.ONE,
                        0,
                        BigDecimal.ZERO,
                        0))
                .hasMessageContaining("backup yield but no backup source");
        assertThatThrownBy(() -> new EmergencyPlan(
                        WorksId.of("W3"),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        BigDecimal.ONE.negate(),
                        0,
                        BigDecimal.ZERO,
                        0))
                .hasMessageContaining("negative");
        EmergencyPlan bare = new EmergencyPlan(
                WorksId.of("W4"),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                BigDecimal.ZERO,
                0,
                BigDecimal.ZERO,
                0);
        assertThat(bare.readiness(10, BigDecimal.TEN).gaps())
                .contains("no backup source", "no standby equipment", "no trucking");
        assertThatThrownBy(() -> bare.readiness(0, BigDecimal.TEN)).hasMessageContaining("above zero");
    }
}
