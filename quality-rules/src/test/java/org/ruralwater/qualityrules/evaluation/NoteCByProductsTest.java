package org.ruralwater.qualityrules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ruralwater.qualityrules.evaluation.Samples.sample;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Standards;

/**
 * Golden cases for GB 5749-2022 Table 1 note c (issue 15): the by-products each disinfection method the note
 * names requires in outlet water, its residual present. As the note is commonly reprinted, chlorate goes with
 * sodium hypochlorite and the ClO₂ and chlorine generators, not with liquid chlorine or calcium hypochlorite,
 * and chloramine is named with them; {@code chlorine}, a form not stated, needs what every form needs.
 */
class NoteCByProductsTest {

    private static final String THM_HAA =
            "bromodichloromethane bromoform chloroform dibromochloromethane dichloroacetic_acid trichloroacetic_acid";

    private final Evaluator complete = Evaluator.of(Standards.bundled().get("GB5749-2022"));

    private static Samples withResidual(DisinfectionMethod method) {
        Samples s = sample().at(SamplingPoint.OUTLET).disinfectedBy(method);
        return switch (method) {
            case CHLORAMINE -> s.with("total_chlorine", "0.6", "mg/L");
            case OZONE -> s.with("ozone", "0.1", "mg/L");
            case CHLORINE_DIOXIDE -> s.with("chlorine_dioxide", "0.2", "mg/L");
            case CHLORINE_DIOXIDE_CHLORINE ->
                s.with("chlorine_dioxide", "0.2", "mg/L").with("free_chlorine", "0.5", "mg/L");
            case UV, NONE -> s;
            default -> s.with("free_chlorine", "0.5", "mg/L");
        };
    }

    private static List<String> codes(String spaced) {
        return spaced.isBlank()
                ? List.of()
                : Arrays.stream(spaced.split(" ")).sorted().toList();
    }

    @ParameterizedTest(name = "{0} requires {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "LIQUID_CHLORINE      | THM_HAA |                   | GB 5749-2022 Table 1 note c (liquid chlorine)",
                "CALCIUM_HYPOCHLORITE | THM_HAA |                   | GB 5749-2022 Table 1 note c (calcium hypochlorite)",
                "CHLORAMINE           | THM_HAA |                   | GB 5749-2022 Table 1 note c (chloramine)",
                "SODIUM_HYPOCHLORITE  | THM_HAA | chlorate          | GB 5749-2022 Table 1 note c (sodium hypochlorite: chlorate too)",
                "CHLORINE             | THM_HAA | chlorate          | GB 5749-2022 Table 1 note c (chlorine of unstated form: the by-products of every form, chlorate included)",
                "OZONE                |         | bromate           | GB 5749-2022 Table 1 note c (ozone)",
                "CHLORINE_DIOXIDE     |         | chlorite          | GB 5749-2022 Table 1 note c (chlorine dioxide)",
                "CHLORINE_DIOXIDE_CHLORINE | THM_HAA | chlorate chlorite | GB 5749-2022 Table 1 note c (ClO2 and chlorine generators)"
            })
    void eachMethodRequiresTheByProductsNoteCNamesForIt(
            DisinfectionMethod method, String group, String more, String clause) {
        String expected = ((group == null ? "" : THM_HAA) + " " + (more == null ? "" : more)).strip();

        SampleVerdict v = complete.evaluate(withResidual(method).build());

        assertThat(v.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(v.missingIndicators()).containsExactlyElementsOf(codes(expected));
        assertThat(v.findings()).allSatisfy(f -> assertThat(f.clause()).isEqualTo(clause));
    }

    @Test
    void liquidChlorineAndCalciumHypochloriteDoNotRequireChlorate() {
        for (DisinfectionMethod m :
                List.of(DisinfectionMethod.LIQUID_CHLORINE, DisinfectionMethod.CALCIUM_HYPOCHLORITE)) {
            assertThat(complete.evaluate(withResidual(m).build()).missingIndicators())
                    .as(m.code())
                    .doesNotContain("chlorate");
        }
    }

    @Test
    void withEveryByProductTestedNothingIsMissingAndOneLessIsNamed() {
        Samples all = withResidual(DisinfectionMethod.SODIUM_HYPOCHLORITE);
        for (String code : codes(THM_HAA)) {
            all.with(code, "0.001", "mg/L");
        }
        assertThat(complete.evaluate(all.build()).verdict())
                .as("THMs and HAAs, no chlorate")
                .isEqualTo(Verdict.INDETERMINATE);
        assertThat(complete.evaluate(all.build()).missingIndicators()).containsExactly("chlorate");

        all.with("chlorate", "0.7", "mg/L"); // at its limit, Table 1 row 21
        SampleVerdict v = complete.evaluate(all.build());
        assertThat(v.verdict()).isEqualTo(Verdict.PASS);
        assertThat(v.findings()).isEmpty();
    }

    @Test
    void methodsWithoutByProductsRequireNone() {
        for (DisinfectionMethod m : List.of(DisinfectionMethod.UV, DisinfectionMethod.NONE)) {
            assertThat(complete.evaluate(withResidual(m).build()).findings())
                    .as(m.code())
                    .isEmpty();
        }
    }
}
