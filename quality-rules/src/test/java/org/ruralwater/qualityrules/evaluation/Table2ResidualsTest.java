package org.ruralwater.qualityrules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ruralwater.qualityrules.evaluation.Samples.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Standards;

/**
 * Golden cases for GB 5749-2022 clause 4.2 and Table 2 (issue 15): the outlet and tap water of a disinfected
 * supply must meet Table 2, so a sample declared disinfected without its residual cannot be judged, whatever
 * the evaluator's mode.
 */
class Table2ResidualsTest {

    private final Evaluator complete = Evaluator.of(Standards.bundled().get("GB5749-2022"));
    private final Evaluator asTested = complete.asTested();

    /** Clause 4.2 and Table 2: each method's residual, as the table's notes name it. */
    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
        "LIQUID_CHLORINE, free_chlorine, GB 5749-2022 4.2 and Table 2",
        "SODIUM_HYPOCHLORITE, free_chlorine, GB 5749-2022 4.2 and Table 2",
        "CALCIUM_HYPOCHLORITE, free_chlorine, GB 5749-2022 4.2 and Table 2",
        "CHLORINE, free_chlorine, GB 5749-2022 4.2 and Table 2",
        "CHLORAMINE, total_chlorine, GB 5749-2022 4.2 and Table 2",
        "OZONE, ozone, GB 5749-2022 4.2 and Table 2",
        "CHLORINE_DIOXIDE, chlorine_dioxide, GB 5749-2022 4.2 and Table 2"
    })
    void aDisinfectedSampleWithoutItsResidualIsIndeterminateEvenAsTested(
            DisinfectionMethod method, String residual, String clause) {
        Sample s = sample().at(SamplingPoint.TAP)
                .disinfectedBy(method)
                .with("turbidity", "0.5", "NTU")
                .build();

        for (Evaluator e : new Evaluator[] {complete, asTested}) {
            SampleVerdict v = e.evaluate(s);
            assertThat(v.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(v.missingIndicators()).contains(residual);
            assertThat(v.findings())
                    .filteredOn(f -> f.subject().equals(residual))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.kind()).isEqualTo(Finding.Kind.MISSING);
                        assertThat(f.verdict()).isEqualTo(Verdict.INDETERMINATE);
                        assertThat(f.message())
                                .isEqualTo(residual + " is missing: the disinfectant residual of " + method.code()
                                        + " disinfection, without which the sample cannot be judged");
                        assertThat(f.clause()).isEqualTo(clause);
                    });
        }
    }

    /** Table 2 note: ClO₂ and chlorine generators are tested for both; one missing leaves the sample open. */
    @Test
    void generatorsWithOnlyOneOfTheirTwoResidualsAreIndeterminateEvenAsTested() {
        Sample s = sample().at(SamplingPoint.TAP)
                .disinfectedBy(DisinfectionMethod.CHLORINE_DIOXIDE_CHLORINE)
                .with("chlorine_dioxide", "0.05", "mg/L")
                .build();

        SampleVerdict v = asTested.evaluate(s);

        assertThat(v.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(v.findings())
                .filteredOn(f -> f.verdict() == Verdict.INDETERMINATE)
                .extracting(Finding::subject)
                .containsExactly("free_chlorine");
    }

    /** Table 2, tap residual of free chlorine ≥ 0.05 mg/L: with the residual, as tested judges what was tested. */
    @ParameterizedTest(name = "{0}: free chlorine {1} at the {2} is {3}")
    @CsvSource({
        "SODIUM_HYPOCHLORITE, 0.05, TAP, PASS",
        "SODIUM_HYPOCHLORITE, 0.049, TAP, FAIL",
        "LIQUID_CHLORINE, 0.3, OUTLET, PASS",
        "LIQUID_CHLORINE, 0.29, OUTLET, FAIL",
        "CALCIUM_HYPOCHLORITE, 2, NETWORK, PASS",
        "CALCIUM_HYPOCHLORITE, 2.1, NETWORK, FAIL"
    })
    void withItsResidualTheSampleIsJudgedOnItAtTheBoundary(
            DisinfectionMethod method, String value, SamplingPoint point, Verdict expected) {
        SampleVerdict v = asTested.evaluate(sample().at(point)
                .disinfectedBy(method)
                .with("free_chlorine", value, "mg/L")
                .build());

        assertThat(v.verdict()).isEqualTo(expected);
        assertThat(v.missingIndicators()).doesNotContain("free_chlorine");
    }

    /** Table 2 has no rule for methods without a residual: nothing is missing. */
    @ParameterizedTest
    @EnumSource(
            value = DisinfectionMethod.class,
            names = {"UV", "NONE"})
    void aSampleOfAMethodWithoutAResidualNeedsNone(DisinfectionMethod method) {
        SampleVerdict v = asTested.evaluate(sample().at(SamplingPoint.TAP)
                .disinfectedBy(method)
                .with("turbidity", "0.5", "NTU")
                .build());

        assertThat(v.verdict()).isEqualTo(Verdict.PASS);
        assertThat(v.findings()).isEmpty();
    }

    /** Clause 4.2 names the outlet and tap water: source water is not held to Table 2. */
    @Test
    void sourceWaterOfADisinfectedSupplyNeedsNoResidual() {
        SampleVerdict v = complete.evaluate(sample().at(SamplingPoint.SOURCE)
                .disinfectedBy(DisinfectionMethod.SODIUM_HYPOCHLORITE)
                .with("turbidity", "0.5", "NTU")
                .build());

        assertThat(v.verdict()).isEqualTo(Verdict.PASS);
    }

    /** GB 5749-2006 Table 2 likewise holds each form of free chlorine to 游离氯. */
    @Test
    void theEarlierEditionAlsoNeedsTheResidualOfEachFormOfChlorine() {
        Evaluator gb2006 = Evaluator.of(Standards.bundled().get("GB5749-2006")).asTested();

        SampleVerdict v = gb2006.evaluate(sample().at(SamplingPoint.TAP)
                .disinfectedBy(DisinfectionMethod.CALCIUM_HYPOCHLORITE)
                .with("turbidity", "0.5", "NTU")
                .build());

        assertThat(v.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(v.missingIndicators()).containsExactly("free_chlorine");
    }
}
