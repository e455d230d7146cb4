package org.ruralwater.qualityrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

/** The quality-rules example in README.md, word for word. */
class ReadmeExamplesTest {

    @Test
    void qualityRulesInUse() {
        String csv = """
                sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit,limited
                S1,W539821-002,tap,2026-03-02 09:10,small_centralized,sodium_hypochlorite,浑浊度,2.5,NTU,true
                S1,W539821-002,tap,2026-03-02 09:10,small_centralized,sodium_hypochlorite,余氯,0.12,mg/L,true
                S1,W539821-002,tap,2026-03-02 09:10,small_centralized,sodium_hypochlorite,砷,<1,µg/L,true
                S2,W539821-006,outlet,2026-03-02 10:00,centralized,chlorine_dioxide,fluoride,1.1,mg/L,
                S2,W539821-006,outlet,2026-03-02 10:00,centralized,chlorine_dioxide,二氧化氯,0.05,mg/L,
                S3,W539821-007,tap,2026-03-02 11:00,small_centralized,liquid_chlorine,浑浊度,0.8,NTU,
                """;
        Standard gb5749 = Standards.bundled().get("GB5749-2022");
        List<Sample> samples =
                SampleFile.read("samples.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), gb5749);

        // Daily checks test a few indicators: judge what was tested, list what the rules would also need.
        Evaluator evaluator = Evaluator.of(gb5749).asTested();
        SampleVerdict s1 = evaluator.evaluate(samples.get(0));
        assertThat(s1.verdict()).isEqualTo(Verdict.PASS); // turbidity 2.5 ≤ 3: small supply limited, note b
        assertThat(s1.determinations().get(0).limit()).isEqualTo("≤ 3 NTU (relaxed from 1)");
        assertThat(s1.missingIndicators()).contains("chloroform", "chlorate"); // note c, for sodium hypochlorite

        SampleVerdict s2 = evaluator.evaluate(samples.get(1));
        assertThat(s2.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(s2.failingIndicators()).containsExactly("chlorine_dioxide", "fluoride");
        assertThat(s2.determinations().get(1).reason()).isEqualTo("below 0.1"); // outlet residual, Table 2
        assertThat(s2.determinations().get(1).clause()).isEqualTo("GB 5749-2022 Table 2 row 4; GB 5749-2022 Table 2");

        // Not said to be limited by its source or treatment: the strict turbidity limit. And a chlorinated
        // sample without its residual cannot be judged, even as tested (clause 4.2, Table 2).
        SampleVerdict s3 = evaluator.evaluate(samples.get(2));
        assertThat(s3.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(s3.determinations().get(0).limit())
                .isEqualTo("≤ 1 NTU (not relaxed to 3: the sample does not say the supply is limited by its source or"
                        + " treatment)");
        assertThat(s3.missingIndicators()).contains("free_chlorine").doesNotContain("chlorate");
    }
}
