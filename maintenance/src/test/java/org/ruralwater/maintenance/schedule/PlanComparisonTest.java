package org.ruralwater.maintenance.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanComparisonTest {

    private static PlanComparison compare(String plan, String baseline) {
        return new PlanComparison(
                HardMediumSoftLongScore.parseScore(plan), HardMediumSoftLongScore.parseScore(baseline));
    }

    @Test
    void lessUnassignedWorkDecidesHoweverFarThePlanDrives() {
        PlanComparison c = compare("0hard/-3medium/-9000soft", "0hard/-84medium/-300soft");

        assertThat(c.decidedBy()).contains(PlanComparison.Level.UNASSIGNED_WORK);
        assertThat(c.better()).isTrue();
        assertThat(c.worse()).isFalse();
        assertThat(PlanComparison.Level.UNASSIGNED_WORK.code()).isEqualTo("unassigned_work");
    }

    @Test
    void hardRulesComeFirstAndLatenessAndTravelLast() {
        assertThat(compare("-1hard/0medium/0soft", "0hard/-84medium/-9000soft").decidedBy())
                .contains(PlanComparison.Level.HARD_RULES);
        PlanComparison soft = compare("0hard/-3medium/-900soft", "0hard/-3medium/-800soft");
        assertThat(soft.decidedBy()).contains(PlanComparison.Level.LATENESS_AND_TRAVEL);
        assertThat(soft.worse()).isTrue();
        assertThat(compare("0hard/0medium/-5soft", "0hard/0medium/-5soft").decidedBy())
                .isEmpty();
    }

    @Test
    void aPlanWithoutAScoreCannotBeCompared() {
        CrewSchedule unscored =
                Crews.schedule(1, List.of(Crews.crew("C1", org.ruralwater.maintenance.SmallCounty.TAOQING)), List.of());

        assertThatThrownBy(() -> PlanComparison.of(unscored, unscored))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the plan has no score")
                .hasMessageContaining("\nMaybe ");
    }
}
