package org.ruralwater.qualityrules.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.works.WorksId;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

class ComplianceReportTest {

    private final Standard gb = Standards.bundled().get("GB5749-2022");
    private final Evaluator evaluator = Evaluator.of(gb).asTested();

    private List<Sample> samples() {
        String csv = """
                sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit
                A,W1,tap,2026-03-02 09:00,centralized,uv,turbidity,0.5,NTU
                A,W1,tap,2026-03-02 09:00,centralized,uv,arsenic,0.004,mg/L
                B,W1,tap,2026-03-09 09:00,centralized,uv,turbidity,1.5,NTU
                B,W1,tap,2026-03-09 09:00,centralized,uv,arsenic,0.004,mg/L
                C,W2,outlet,2026-03-10 09:00,centralized,uv,turbidity,0.2,NTU
                C,W2,outlet,2026-03-10 09:00,centralized,uv,mercury,<0.002,mg/L
                D,W2,tap,2026-04-01 09:00,centralized,uv,turbidity,0.3,NTU
                """;
        return SampleFile.read("s.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), gb);
    }

    @Test
    void countsPassingSamplesOverAllSamplesShowingBoth() {
        ComplianceReport r = ComplianceReport.of(samples(), evaluator, SampleSelection.all());
        assertThat(r.samples()).isEqualTo(new Rate(2, 4));
        assertThat(r.samples()).hasToString("50.00% (2/4)");
        assertThat(r.indeterminateSamples()).isEqualTo(1);
        assertThat(r.items())
                .containsEntry("turbidity", new Rate(3, 4))
                .containsEntry("arsenic", new Rate(2, 2))
                .containsEntry("mercury", new Rate(0, 1));
        assertThat(r.itemsBelow(ComplianceReport.TARGET_PERCENT)).containsExactly("mercury", "turbidity");
    }

    @Test
    void selectsByPeriodWorksAndPoint() {
        assertThat(ComplianceReport.of(samples(), evaluator, SampleSelection.sampledIn(Period.month(2026, 3)))
                        .samples())
                .isEqualTo(new Rate(1, 3));
        assertThat(ComplianceReport.of(samples(), evaluator, SampleSelection.fromWorks(Set.of(WorksId.of("W2"))))
                        .samples())
                .isEqualTo(new Rate(1, 2));
        assertThat(ComplianceReport.of(
                                samples(),
                                evaluator,
                                SampleSelection.at(SamplingPoint.TAP)
                                        .and(SampleSelection.sampledIn(Period.month(2026, 3))))
                        .samples())
                .isEqualTo(new Rate(1, 2));
    }

    @Test
    void theCombinedRateAveragesTheNetworkItemsAndThePooledRest() {
        ComplianceReport r = ComplianceReport.of(samples(), evaluator, SampleSelection.all());
        ComplianceReport.CombinedRate c = r.combined(ComplianceReport.CJT206_NETWORK_ITEMS);
        // turbidity 3/4 = 0.75 is the only network item here; the rest pools arsenic 2/2 and mercury 0/1 = 2/3.
        assertThat(c.networkItems()).containsOnlyKeys("turbidity");
        assertThat(c.rest()).isEqualTo(new Rate(2, 3));
        assertThat(c.percent()).contains(new BigDecimal("70.83")); // (0.75 + 0.6667) / 2
    }

    @Test
    void aTargetIsMetOnTheExactRateNotTheRoundedOne() {
        // 94.995% rounds to 95.00 but does not reach 95.
        Rate r = new Rate(18999, 20000);
        assertThat(r.percent()).contains(new BigDecimal("95.00"));
        assertThat(r.meets(new BigDecimal("95"))).isFalse();
        assertThat(new Rate(19, 20).meets(new BigDecimal("95"))).isTrue();
        assertThat(new Rate(0, 0).percent()).isEmpty();
        assertThat(new Rate(0, 0)).hasToString("n/a (0/0)");
        assertThatThrownBy(() -> new Rate(3, 2)).hasMessageContaining("0 ≤ numerator ≤ denominator");
    }
}
