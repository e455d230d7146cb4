package org.ruralwater.qualityrules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ruralwater.qualityrules.evaluation.Samples.sample;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Standards;

class EvaluatorTest {

    private final Evaluator gb = Evaluator.of(Standards.bundled().get("GB5749-2022"));

    private DeterminationVerdict only(Samples s) {
        return gb.evaluate(s.build()).determinations().get(0);
    }

    @Nested
    class Limits {
        @Test
        void aValueAtTheLimitPassesAndJustAboveFails() {
            assertThat(only(sample().with("arsenic", "0.01", "mg/L")).verdict()).isEqualTo(Verdict.PASS);
            assertThat(only(sample().with("arsenic", "0.0101", "mg/L")).verdict())
                    .isEqualTo(Verdict.FAIL);
        }

        @Test
        void convertsUnitsExactlyBeforeComparing() {
            DeterminationVerdict v = only(sample().with("arsenic", "10", "µg/L"));
            assertThat(v.verdict()).isEqualTo(Verdict.PASS);
            assertThat(v.limit()).isEqualTo("≤ 0.01 mg/L");
            assertThat(v.clause()).isEqualTo("GB 5749-2022 Table 1 row 4");
            assertThat(only(sample().with("arsenic", "11", "ug/L")).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void nitrateReportedAsNitrateIonIsConvertedToNitrogen() {
            // 44 mg/L as NO3 = 9.94 mg/L as N (14.007 / 62.004); 45 mg/L as NO3 = 10.17 as N.
            assertThat(only(sample().withBasis("nitrate_n", "44", "mg/L", "NO3"))
                            .verdict())
                    .isEqualTo(Verdict.PASS);
            assertThat(only(sample().withBasis("nitrate_n", "45", "mg/L", "NO3"))
                            .verdict())
                    .isEqualTo(Verdict.FAIL);
        }

        @Test
        void aRangeIncludesBothEnds() {
            assertThat(only(sample().with("ph", "6.5", "")).verdict()).isEqualTo(Verdict.PASS);
            assertThat(only(sample().with("ph", "8.5", "")).verdict()).isEqualTo(Verdict.PASS);
            assertThat(only(sample().with("ph", "6.4", "")).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(only(sample().with("ph", "8.6", "")).reason()).isEqualTo("above 8.5");
        }

        @Test
        void anExclusiveLimitFailsAtTheLimit() {
            assertThat(only(sample().with("giardia", "0", "/10L")).verdict()).isEqualTo(Verdict.PASS);
            assertThat(only(sample().with("giardia", "1", "个/10L")).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(only(sample().with("giardia", "<1", "/10L")).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void anIndicatorTheStandardDoesNotListIsNotRegulatedAndDecidesNothing() {
            SampleVerdict v =
                    gb.evaluate(sample().with("nitrite", "0.5", "mg/L").build());
            assertThat(v.determinations().get(0).verdict()).isEqualTo(Verdict.NOT_REGULATED);
            assertThat(v.verdict()).isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    class CensoredResults {
        @Test
        void belowADetectionLimitUnderTheLimitPasses() {
            assertThat(only(sample().with("lead", "<0.0025", "mg/L")).verdict()).isEqualTo(Verdict.PASS);
            assertThat(only(sample().with("lead", "ND", "mg/L", "0.0025")).verdict())
                    .isEqualTo(Verdict.PASS);
        }

        @Test
        void aDetectionLimitAboveTheLimitCannotShowCompliance() {
            DeterminationVerdict v = only(sample().with("mercury", "<0.002", "mg/L"));
            assertThat(v.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(v.reason())
                    .contains("below the detection limit 0.002")
                    .contains("cannot be shown not above 0.001");
        }

        @Test
        void notDetectedWithoutADetectionLimitIsIndeterminateForANumericLimit() {
            assertThat(only(sample().with("lead", "ND", "mg/L")).reason()).contains("no detection limit was given");
        }

        @Test
        void aboveTheRangeFailsWhenTheBoundIsAlreadyOverTheLimit() {
            assertThat(only(sample().with("heterotrophic_plate_count", ">300", "CFU/mL"))
                            .verdict())
                    .isEqualTo(Verdict.FAIL);
            assertThat(only(sample().with("heterotrophic_plate_count", ">50", "CFU/mL"))
                            .verdict())
                    .isEqualTo(Verdict.INDETERMINATE);
        }

        @Test
        void aBelowLimitResultFailsAMinimumItCannotReach() {
            SampleVerdict v = gb.evaluate(sample().at(SamplingPoint.TAP)
                    .disinfectedBy(DisinfectionMethod.CHLORINE)
                    .with("free_chlorine", "<0.03", "mg/L")
                    .build());
            assertThat(v.determinations().get(0).verdict()).isEqualTo(Verdict.FAIL);
        }
    }

    @Nested
    class NotDetected {
        @Test
        void coliformsMustNotBeDetected() {
            assertThat(only(sample().with("total_coliforms", "0", "MPN/100mL")).verdict())
                    .isEqualTo(Verdict.PASS);
            assertThat(only(sample().with("total_coliforms", "未检出", "CFU/100mL"))
                            .verdict())
                    .isEqualTo(Verdict.PASS);
            assertThat(only(sample().with("total_coliforms", "2", "CFU/100mL")).verdict())
                    .isEqualTo(Verdict.FAIL);
        }

        @Test
        void descriptiveResultsAreReadAsTheStandardWritesThem() {
            assertThat(only(sample().with("odour_taste", "无异臭、异味", "")).verdict())
                    .isEqualTo(Verdict.PASS);
            assertThat(only(sample().with("odour_taste", "有异味", "")).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(only(sample().with("visible_matter", "无", "")).verdict()).isEqualTo(Verdict.PASS);
            assertThat(only(sample().with("visible_matter", "少许沉淀", "")).verdict())
                    .isEqualTo(Verdict.INDETERMINATE);
        }
    }

    @Nested
    class FootnoteA {
        @Test
        void coliformsDetectedRequireEColi() {
            SampleVerdict v = gb.evaluate(
                    sample().with("total_coliforms", "3", "MPN/100mL").build());
            assertThat(v.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(v.findings()).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(Finding.Kind.ACTION);
                assertThat(f.subject()).isEqualTo("e_coli");
                assertThat(f.clause()).isEqualTo("GB 5749-2022 Table 1 note a");
            });
        }

        @Test
        void coliformsNotDetectedRequireNothingMore() {
            assertThat(gb.evaluate(sample().with("total_coliforms", "ND", "MPN/100mL")
                                    .build())
                            .findings())
                    .isEmpty();
        }
    }

    @Nested
    class FootnoteB {
        @Test
        void smallSupplyLimitedBySourceUsesTheRelaxedLimit() {
            DeterminationVerdict v =
                    only(sample().supply(SupplyKind.SMALL_CENTRALIZED, true).with("turbidity", "2.5", "NTU"));
            assertThat(v.verdict()).isEqualTo(Verdict.PASS);
            assertThat(v.relaxed()).isTrue();
            assertThat(v.limit()).isEqualTo("≤ 3 NTU (relaxed from 1)");
            assertThat(v.clause()).contains("Table 1 note b");
        }

        @Test
        void smallSupplyNotLimitedKeepsTheNormalLimit() {
            assertThat(only(sample().supply(SupplyKind.SMALL_CENTRALIZED, false).with("turbidity", "2.5", "NTU"))
                            .verdict())
                    .isEqualTo(Verdict.FAIL);
        }

        @Test
        void centralizedSupplyIsNeverRelaxed() {
            assertThat(only(sample().supply(SupplyKind.CENTRALIZED, true).with("fluoride", "1.1", "mg/L"))
                            .verdict())
                    .isEqualTo(Verdict.FAIL);
        }

        @Test
        void onlyTheFourListedIndicatorsAreRelaxed() {
            DeterminationVerdict v =
                    only(sample().supply(SupplyKind.DISPERSED, true).with("arsenic", "0.02", "mg/L"));
            assertThat(v.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(v.relaxed()).isFalse();
        }
    }

    @Nested
    class FootnoteC {
        @Test
        void chlorineDisinfectionRequiresItsByProductsInFinishedWater() {
            SampleVerdict v = gb.evaluate(sample().at(SamplingPoint.OUTLET)
                    .disinfectedBy(DisinfectionMethod.CHLORINE)
                    .with("free_chlorine", "0.5", "mg/L")
                    .build());
            assertThat(v.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(v.missingIndicators())
                    .containsExactly(
                            "bromodichloromethane",
                            "bromoform",
                            "chlorate",
                            "chloroform",
                            "dibromochloromethane",
                            "dichloroacetic_acid",
                            "trichloroacetic_acid");
        }

        @Test
        void ozoneRequiresBromateOnly() {
            SampleVerdict v = gb.evaluate(sample().at(SamplingPoint.TAP)
                    .disinfectedBy(DisinfectionMethod.OZONE)
                    .with("ozone", "0.05", "mg/L")
                    .build());
            assertThat(v.missingIndicators()).containsExactly("bromate");
        }

        @Test
        void sourceWaterNeedsNoByProductsOrResiduals() {
            SampleVerdict v = gb.evaluate(sample().at(SamplingPoint.SOURCE)
                    .disinfectedBy(DisinfectionMethod.CHLORINE)
                    .with("turbidity", "0.5", "NTU")
                    .build());
            assertThat(v.findings()).isEmpty();
            assertThat(v.verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void asTestedListsWhatIsMissingWithoutLettingItDecide() {
            SampleVerdict v = gb.asTested()
                    .evaluate(sample().at(SamplingPoint.TAP)
                            .disinfectedBy(DisinfectionMethod.CHLORINE_DIOXIDE)
                            .with("chlorine_dioxide", "0.05", "mg/L")
                            .build());
            assertThat(v.verdict()).isEqualTo(Verdict.PASS);
            assertThat(v.missingIndicators()).containsExactly("chlorite");
        }
    }

    @Nested
    class FootnoteE {
        @Test
        void grossAlphaAboveItsGuidanceCallsForNuclideAnalysisNotFailure() {
            SampleVerdict v =
                    gb.evaluate(sample().with("gross_alpha", "0.6", "Bq/L").build());
            assertThat(v.determinations().get(0).verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(v.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(v.failingIndicators()).isEmpty();
            assertThat(v.findings())
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("nuclide analysis"));
        }
    }

    @Nested
    class TrihalomethaneRatioSum {
        private SampleVerdict thms(String chloroform, String dbcm, String bdcm, String bromoform) {
            return gb.asTested()
                    .evaluate(sample().at(SamplingPoint.SOURCE)
                            .with("chloroform", chloroform, "mg/L")
                            .with("dibromochloromethane", dbcm, "mg/L")
                            .with("bromodichloromethane", bdcm, "mg/L")
                            .with("bromoform", bromoform, "mg/L")
                            .build());
        }

        private DeterminationVerdict sum(SampleVerdict v) {
            return v.determinations().stream()
                    .filter(d -> d.indicator().equals("trihalomethanes_ratio_sum"))
                    .findFirst()
                    .orElseThrow();
        }

        @Test
        void eachWithinItsLimitCanStillFailTogether() {
            // 0.05/0.06 + 0.05/0.1 + 0.03/0.06 + 0.02/0.1 = 0.833 + 0.5 + 0.5 + 0.2 = 2.03
            SampleVerdict v = thms("0.05", "0.05", "0.03", "0.02");
            assertThat(v.determinations().stream().filter(d -> d.verdict() == Verdict.PASS))
                    .hasSize(4);
            assertThat(sum(v).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(v.failingIndicators()).containsExactly("trihalomethanes_ratio_sum");
        }

        @Test
        void aSumAtMostOnePasses() {
            // 0.03/0.06 + 0.01/0.1 + 0.012/0.06 + 0.01/0.1 = 0.5 + 0.1 + 0.2 + 0.1 = 0.9
            assertThat(sum(thms("0.03", "0.01", "0.012", "0.01")).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void censoredMembersGiveBoundsAndTheVerdictFollowsThem() {
            // low 0.9 (censored as 0), high 0.9 + 0.02/0.1 = 1.1: cannot tell.
            DeterminationVerdict v = sum(thms("0.03", "<0.02", "0.012", "0.02"));
            assertThat(v.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(v.reason()).contains("between 0.9 and 1.1");
        }
    }

    @Nested
    class Table2 {
        @Test
        void theOutletResidualIsHigherThanTheTapResidual() {
            Samples outlet = sample().at(SamplingPoint.OUTLET)
                    .disinfectedBy(DisinfectionMethod.CHLORINE)
                    .with("free_chlorine", "0.2", "mg/L");
            Samples tap = sample().at(SamplingPoint.TAP)
                    .disinfectedBy(DisinfectionMethod.CHLORINE)
                    .with("free_chlorine", "0.2", "mg/L");
            DeterminationVerdict atOutlet =
                    gb.asTested().evaluate(outlet.build()).determinations().get(0);
            assertThat(atOutlet.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(atOutlet.limit()).isEqualTo("0.3–2 mg/L (residual at the outlet)");
            assertThat(gb.asTested()
                            .evaluate(tap.build())
                            .determinations()
                            .get(0)
                            .verdict())
                    .isEqualTo(Verdict.PASS);
        }

        @Test
        void tooMuchChlorineFailsAnywhere() {
            assertThat(gb.asTested()
                            .evaluate(sample().at(SamplingPoint.TAP)
                                    .disinfectedBy(DisinfectionMethod.CHLORINE)
                                    .with("free_chlorine", "2.1", "mg/L")
                                    .build())
                            .verdict())
                    .isEqualTo(Verdict.FAIL);
        }

        @Test
        void aMissingResidualIsMissing() {
            // Chloramine's note c by-products are tested; only its Table 2 residual is not.
            SampleVerdict v = gb.evaluate(sample().at(SamplingPoint.TAP)
                    .disinfectedBy(DisinfectionMethod.CHLORAMINE)
                    .with("turbidity", "0.3", "NTU")
                    .with("chloroform", "0.01", "mg/L")
                    .with("dibromochloromethane", "0.01", "mg/L")
                    .with("bromodichloromethane", "0.01", "mg/L")
                    .with("bromoform", "0.01", "mg/L")
                    .with("dichloroacetic_acid", "0.01", "mg/L")
                    .with("trichloroacetic_acid", "0.01", "mg/L")
                    .build());
            assertThat(v.missingIndicators()).containsExactly("total_chlorine");
            assertThat(v.verdict()).isEqualTo(Verdict.INDETERMINATE);
        }

        @Test
        void chlorineDioxideAndChlorineGeneratorsNeedOneResidualAndBothWithinLimits() {
            Samples bothLow = sample().at(SamplingPoint.TAP)
                    .disinfectedBy(DisinfectionMethod.CHLORINE_DIOXIDE_CHLORINE)
                    .with("chlorine_dioxide", "0.01", "mg/L")
                    .with("free_chlorine", "0.03", "mg/L");
            SampleVerdict v = gb.asTested().evaluate(bothLow.build());
            assertThat(v.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(v.failingIndicators()).containsExactly("chlorine_dioxide", "free_chlorine");

            Samples oneMeets = sample().at(SamplingPoint.TAP)
                    .disinfectedBy(DisinfectionMethod.CHLORINE_DIOXIDE_CHLORINE)
                    .with("chlorine_dioxide", "0.01", "mg/L")
                    .with("free_chlorine", "0.1", "mg/L");
            assertThat(gb.asTested().evaluate(oneMeets.build()).verdict()).isEqualTo(Verdict.PASS);

            Samples oneTooHigh = sample().at(SamplingPoint.TAP)
                    .disinfectedBy(DisinfectionMethod.CHLORINE_DIOXIDE_CHLORINE)
                    .with("chlorine_dioxide", "0.9", "mg/L")
                    .with("free_chlorine", "0.1", "mg/L");
            assertThat(gb.asTested().evaluate(oneTooHigh.build()).failingIndicators())
                    .containsExactly("chlorine_dioxide");
        }
    }
}
