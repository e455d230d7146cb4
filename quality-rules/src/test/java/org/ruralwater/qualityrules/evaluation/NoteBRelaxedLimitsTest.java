package org.ruralwater.qualityrules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ruralwater.qualityrules.evaluation.Samples.sample;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

/**
 * Golden cases for GB 5749-2022 Table 1 note b (issue 15): small centralized and dispersed supply may use the
 * relaxed maxima only "因水源与净水技术受限时", limited by its source or treatment. Without that fact the strict
 * limit applies, and the verdict's limit says which one was used and why.
 */
class NoteBRelaxedLimitsTest {

    private static final String STRICT =
            " (not relaxed to %s: the sample does not say the supply is limited by its" + " source or treatment)";

    private final Standard gb = Standards.bundled().get("GB5749-2022");
    private final Evaluator evaluator = Evaluator.of(gb).asTested();

    private DeterminationVerdict judge(
            SupplyKind supply, boolean limited, String indicator, String value, String unit) {
        return evaluator
                .evaluate(sample().supply(supply, limited)
                        .with(indicator, value, unit)
                        .build())
                .determinations()
                .get(0);
    }

    @ParameterizedTest(name = "{0}, limited {1}: turbidity {2} NTU is {3} against {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SMALL_CENTRALIZED | false | 1   | PASS | ≤ 1 NTU | 3",
                "SMALL_CENTRALIZED | false | 1.1 | FAIL | ≤ 1 NTU | 3",
                "DISPERSED         | false | 1   | PASS | ≤ 1 NTU | 3",
                "DISPERSED         | false | 1.1 | FAIL | ≤ 1 NTU | 3",
                "SMALL_CENTRALIZED | true  | 3   | PASS | ≤ 3 NTU (relaxed from 1) |",
                "SMALL_CENTRALIZED | true  | 3.1 | FAIL | ≤ 3 NTU (relaxed from 1) |",
                "DISPERSED         | true  | 3   | PASS | ≤ 3 NTU (relaxed from 1) |",
                "CENTRALIZED       | true  | 1.1 | FAIL | ≤ 1 NTU |",
                "CENTRALIZED       | false | 1   | PASS | ≤ 1 NTU |"
            })
    void turbidityIsRelaxedToThreeOnlyForSmallSupplySaidToBeLimited(
            SupplyKind supply, boolean limited, String value, Verdict verdict, String limit, String notRelaxedTo) {
        DeterminationVerdict v = judge(supply, limited, "turbidity", value, "NTU");

        assertThat(v.verdict()).isEqualTo(verdict);
        assertThat(v.limit()).isEqualTo(limit + (notRelaxedTo == null ? "" : STRICT.formatted(notRelaxedTo)));
        assertThat(v.relaxed()).isEqualTo(limit.contains("relaxed from"));
        assertThat(v.clause())
                .isEqualTo(
                        supply == SupplyKind.CENTRALIZED
                                ? "GB 5749-2022 Table 1 row 23"
                                : "GB 5749-2022 Table 1 row 23; GB 5749-2022 Table 1 note b");
    }

    /** The other three indicators note b relaxes, each just above its strict limit. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "heterotrophic_plate_count, 101, CFU/mL, ≤ 100 CFU/mL, 500",
        "fluoride, 1.1, mg/L, ≤ 1.0 mg/L, 1.2",
        "nitrate_n, 11, mg/L, ≤ 10 mg/L, 20"
    })
    void theOtherRelaxedIndicatorsKeepTheirStrictLimitWithoutTheLimitation(
            String indicator, String value, String unit, String limit, String relaxed) {
        DeterminationVerdict strict = judge(SupplyKind.DISPERSED, false, indicator, value, unit);
        DeterminationVerdict relaxedOne = judge(SupplyKind.DISPERSED, true, indicator, value, unit);

        assertThat(strict.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(strict.limit()).isEqualTo(limit + STRICT.formatted(relaxed));
        assertThat(relaxedOne.verdict()).isEqualTo(Verdict.PASS);
        assertThat(relaxedOne.relaxed()).isTrue();
    }

    @Test
    void aSamplesFileWithoutTheLimitedColumnGetsTheStrictLimits() {
        String csv = """
                sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit
                S1,W1,source,2026-03-02 09:10,small_centralized,none,浑浊度,2.5,NTU
                """;
        List<Sample> samples =
                SampleFile.read("samples.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), gb);

        DeterminationVerdict v =
                evaluator.evaluate(samples.get(0)).determinations().get(0);

        assertThat(v.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(v.limit()).isEqualTo("≤ 1 NTU" + STRICT.formatted("3"));
    }

    @Test
    void indicatorsNoteBDoesNotNameAreNeverRelaxedNorExplained() {
        DeterminationVerdict v = judge(SupplyKind.DISPERSED, false, "arsenic", "0.011", "mg/L");

        assertThat(v.limit()).isEqualTo("≤ 0.01 mg/L");
        assertThat(v.clause()).isEqualTo("GB 5749-2022 Table 1 row 4");
    }

    /** GB 5749-2006 clause 4.1.7 and Table 4 relax rural small supply without the "limited" condition. */
    @Test
    void theEarlierEditionRelaxesSmallSupplyWithoutTheLimitation() {
        Evaluator gb2006 = Evaluator.of(Standards.bundled().get("GB5749-2006")).asTested();

        DeterminationVerdict v = gb2006.evaluate(sample().supply(SupplyKind.SMALL_CENTRALIZED, false)
                        .with("turbidity", "2.5", "NTU")
                        .build())
                .determinations()
                .get(0);

        assertThat(v.verdict()).isEqualTo(Verdict.PASS);
        assertThat(v.relaxed()).isTrue();
    }
}
