package org.ruralwater.qualityrules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.sample.Result;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SamplingPoint;

class Gb5749Of2006Test {

    private final Standards standards = Standards.bundled();
    private final Standard gb2006 = standards.get("GB5749-2006");

    private static Sample sample(
            SupplyKind supply, DisinfectionMethod method, SamplingPoint point, String indicator, String value) {
        return new Sample(
                "S",
                Optional.empty(),
                point,
                Optional.empty(),
                supply,
                false,
                method,
                List.of(Determination.of(indicator, new Result.Measured(Quantity.parse(value)))));
    }

    private static Verdict verdict(Standard s, Sample sample) {
        SampleVerdict v = Evaluator.of(s).asTested().evaluate(sample);
        return v.determinations().get(0).verdict();
    }

    @Test
    void has106IndicatorsInItsThreeTables() {
        assertThat(gb2006.indicators()).hasSize(106);
        assertThat(gb2006.indicators().stream().collect(Collectors.groupingBy(Indicator::table, Collectors.counting())))
                .containsEntry("Table 1", 38L)
                .containsEntry("Table 2", 4L)
                .containsEntry("Table 3", 64L);
        assertThat(gb2006.indicator("perchlorate")).isEmpty();
        assertThat(gb2006.indicator("thermotolerant_coliforms")).isPresent();
    }

    @Test
    void isChosenForSamplesTakenBeforeApril2023() {
        assertThat(standards.inForce("CN", LocalDate.of(2023, 3, 31))).contains(gb2006);
        assertThat(standards.inForce("CN", LocalDate.of(2023, 4, 1)))
                .map(Standard::id)
                .contains("GB5749-2022");
        assertThat(standards.inForce("CN", LocalDate.of(2007, 6, 30))).isEmpty();
    }

    @Test
    void freeChlorineCouldReachFourMilligramsIn2006() {
        Sample s = sample(
                SupplyKind.CENTRALIZED, DisinfectionMethod.CHLORINE, SamplingPoint.TAP, "free_chlorine", "3 mg/L");
        assertThat(verdict(gb2006, s)).isEqualTo(Verdict.PASS);
        assertThat(verdict(standards.get("GB5749-2022"), s)).isEqualTo(Verdict.FAIL);
    }

    @Test
    void table4RelaxesRuralSmallSupplyWithoutTheLimitedCondition() {
        Sample dispersed =
                sample(SupplyKind.DISPERSED, DisinfectionMethod.NONE, SamplingPoint.TAP, "arsenic", "0.03 mg/L");
        assertThat(verdict(gb2006, dispersed)).isEqualTo(Verdict.PASS);
        assertThat(Evaluator.of(gb2006)
                        .asTested()
                        .evaluate(dispersed)
                        .determinations()
                        .get(0)
                        .clause())
                .isEqualTo("GB 5749-2006 Table 1; GB 5749-2006 clause 4.1.7 and Table 4");
        assertThat(verdict(standards.get("GB5749-2022"), dispersed)).isEqualTo(Verdict.FAIL);
        Sample centralized =
                sample(SupplyKind.CENTRALIZED, DisinfectionMethod.NONE, SamplingPoint.TAP, "arsenic", "0.03 mg/L");
        assertThat(verdict(gb2006, centralized)).isEqualTo(Verdict.FAIL);
    }

    @Test
    void theFourLimitsChangedIn2022HaveTheir2006Values() {
        assertThat(gb2006.indicator("boron").orElseThrow().max()).contains(new BigDecimal("0.5"));
        assertThat(gb2006.indicator("vinyl_chloride").orElseThrow().max()).contains(new BigDecimal("0.005"));
        assertThat(gb2006.indicator("trichloroethene").orElseThrow().max()).contains(new BigDecimal("0.07"));
        assertThat(gb2006.indicator("dimethoate").orElseThrow().max()).contains(new BigDecimal("0.08"));
    }

    @Test
    void ozoneRequiredBromateAndFormaldehyde() {
        assertThat(gb2006.byProducts(DisinfectionMethod.OZONE).orElseThrow().require())
                .containsExactly("bromate", "formaldehyde");
    }
}
