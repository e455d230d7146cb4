package org.ruralwater.qualityrules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standards;

class ComparisonTest {

    private final Standards standards = Standards.bundled();

    private Sample sample() {
        String csv = """
                sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit
                S,W1,source,2026-03-02 09:00,centralized,none,fluoride,1.2,mg/L
                S,W1,source,2026-03-02 09:00,centralized,none,硝酸盐,12,mg/L
                S,W1,source,2026-03-02 09:00,centralized,none,manganese,0.09,mg/L
                S,W1,source,2026-03-02 09:00,centralized,none,arsenic,8,µg/L
                S,W1,source,2026-03-02 09:00,centralized,none,total_hardness,300,mg/L
                """;
        return SampleFile.read(
                        "s.csv",
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        standards.get("GB5749-2022"))
                .get(0);
    }

    private static Verdict of(SampleVerdict v, String indicator) {
        return v.determinations().stream()
                .filter(d -> d.indicator().equals(indicator))
                .findFirst()
                .orElseThrow()
                .verdict();
    }

    @Test
    void holdsOneSampleToEachStandardSideBySide() {
        Map<String, SampleVerdict> v = Comparison.of(List.of(
                        standards.get("GB5749-2022"),
                        standards.get("WHO-GDWQ-2022"),
                        standards.get("US-EPA-NPDWR"),
                        standards.get("EU-2020-2184")))
                .asTested()
                .evaluate(sample());
        assertThat(v.keySet()).containsExactly("GB5749-2022", "WHO-GDWQ-2022", "US-EPA-NPDWR", "EU-2020-2184");

        // Fluoride 1.2: above GB's 1.0, within WHO's and the EU's 1.5 and EPA's 4.0.
        assertThat(of(v.get("GB5749-2022"), "fluoride")).isEqualTo(Verdict.FAIL);
        assertThat(of(v.get("WHO-GDWQ-2022"), "fluoride")).isEqualTo(Verdict.PASS);
        assertThat(of(v.get("US-EPA-NPDWR"), "fluoride")).isEqualTo(Verdict.PASS);

        // Nitrate 12 mg/L as N = 53.1 mg/L as NO3: above 10 as N (GB, EPA) and above 50 as NO3 (WHO, EU).
        assertThat(v.values()).allSatisfy(sv -> assertThat(of(sv, "nitrate_n")).isEqualTo(Verdict.FAIL));

        // Manganese 0.09: within GB's 0.1, above WHO's 0.08; an EU indicator parameter asks for investigation.
        assertThat(of(v.get("GB5749-2022"), "manganese")).isEqualTo(Verdict.PASS);
        assertThat(of(v.get("WHO-GDWQ-2022"), "manganese")).isEqualTo(Verdict.FAIL);
        assertThat(of(v.get("EU-2020-2184"), "manganese")).isEqualTo(Verdict.INDETERMINATE);
        assertThat(v.get("EU-2020-2184").findings())
                .anySatisfy(f -> assertThat(f.message()).contains("investigate the cause"));

        // Hardness has a limit in GB only.
        assertThat(of(v.get("WHO-GDWQ-2022"), "total_hardness")).isEqualTo(Verdict.NOT_REGULATED);
        assertThat(of(v.get("GB5749-2022"), "total_hardness")).isEqualTo(Verdict.PASS);
    }
}
