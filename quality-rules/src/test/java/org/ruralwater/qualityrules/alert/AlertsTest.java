package org.ruralwater.qualityrules.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

class AlertsTest {

    private final Standard gb = Standards.bundled().get("GB5749-2022");
    private final Alerts alerts = Alerts.of(Evaluator.of(gb).asTested(), AlertPolicy.DEFAULT);

    private List<Sample> read(String rows) {
        String csv = "sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit\n" + rows;
        return SampleFile.read("s.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), gb);
    }

    @Test
    void anExceedanceCallsForRepeatSamplingWithADeadline() {
        List<Alert> a = alerts.raise(
                read("S1,W1,tap,2026-03-02 09:10,centralized,uv,arsenic,0.012,mg/L\n"),
                LocalDateTime.of(2026, 3, 3, 0, 0));
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Alert.Kind.REPEAT_SAMPLING);
            assertThat(x.subject()).isEqualTo("arsenic");
            assertThat(x.dueBy()).contains(LocalDateTime.of(2026, 3, 3, 9, 10));
            assertThat(x.message())
                    .contains("0.012 mg/L at the tap: above 0.01")
                    .contains("within 24 h");
            assertThat(x.basis()).startsWith("GB 5749-2022 Table 1 row 4");
        });
    }

    @Test
    void anAlertNamesItsIndicatorAsTheStandardDoesInTheReadersLanguage() {
        Alert a = alerts.raise(
                        read("S1,W1,tap,2026-03-02 09:10,centralized,uv,arsenic,0.012,mg/L\n"),
                        LocalDateTime.of(2026, 3, 3, 0, 0))
                .get(0);

        assertThat(a.wording().in(java.util.Locale.SIMPLIFIED_CHINESE))
                .startsWith("末梢水 砷 0.012 mg/L")
                .doesNotContain("arsenic");
        assertThat(a.wording().in(java.util.Locale.ROOT)).startsWith("Arsenic 0.012 mg/L at the tap");
    }

    @Test
    void aLowResidualAsksForADosingCheckSooner() {
        List<Alert> a = alerts.raise(
                read("S1,W1,outlet,2026-03-02 09:10,centralized,chlorine,free_chlorine,0.2,mg/L\n"),
                LocalDateTime.of(2026, 3, 3, 0, 0));
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Alert.Kind.LOW_RESIDUAL);
            assertThat(x.dueBy()).contains(LocalDateTime.of(2026, 3, 2, 13, 10));
            assertThat(x.message()).contains("below 0.3");
        });
    }

    @Test
    void theClo2AndChlorineRuleGivesOneLowResidualAlertForBoth() {
        List<Alert> a = alerts.raise(read("""
                        S1,W1,tap,2026-03-02 09:10,centralized,chlorine_dioxide_chlorine,chlorine_dioxide,0.01,mg/L
                        S1,W1,tap,2026-03-02 09:10,centralized,chlorine_dioxide_chlorine,free_chlorine,0.02,mg/L
                        """), LocalDateTime.of(2026, 3, 3, 0, 0));
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Alert.Kind.LOW_RESIDUAL);
            assertThat(x.subject()).isEqualTo("chlorine_dioxide;free_chlorine");
        });
    }

    @Test
    void aWorksBelowTargetOverTheWindowIsFlaggedOnlyWithEnoughSamples() {
        StringBuilder rows = new StringBuilder();
        for (int day = 1; day <= 5; day++) {
            String turbidity = day == 3 ? "1.4" : "0.4";
            rows.append(
                    "S" + day + ",W1,tap,2026-03-0" + day + " 09:00,centralized,uv,turbidity," + turbidity + ",NTU\n");
        }
        rows.append("T1,W2,tap,2026-03-01 09:00,centralized,uv,turbidity,1.4,NTU\n");
        List<Alert> a = alerts.raise(read(rows.toString()), LocalDateTime.of(2026, 3, 6, 0, 0));
        assertThat(a)
                .filteredOn(x -> x.kind() == Alert.Kind.PASS_RATE_BELOW_TARGET)
                .singleElement()
                .satisfies(x -> assertThat(x.message()).contains("works W1 passed 80.00% (4/5)"));
        // W2's single failing sample is under the minimum of 4: an exceedance, not a trend.
        assertThat(a)
                .filteredOn(x -> x.works().map(w -> w.value().equals("W2")).orElse(false))
                .extracting(Alert::kind)
                .containsExactly(Alert.Kind.REPEAT_SAMPLING);
    }

    @Test
    void samplesOutsideTheWindowDoNotCount() {
        StringBuilder rows = new StringBuilder();
        for (int day = 1; day <= 5; day++) {
            rows.append("S" + day + ",W1,tap,2026-01-0" + day + " 09:00,centralized,uv,turbidity,1.4,NTU\n");
        }
        assertThat(alerts.raise(read(rows.toString()), LocalDateTime.of(2026, 3, 6, 0, 0)))
                .noneMatch(x -> x.kind() == Alert.Kind.PASS_RATE_BELOW_TARGET);
    }

    @Test
    void anAgencySetsItsOwnPolicyInAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("policy.json");
        Files.writeString(file, """
                {"repeat_sampling_hours": 12, "residual_check_hours": 2, "rolling_window_days": 90,
                 "target_percent": 98, "minimum_samples": 10, "source": "a county notice (test)"}
                """);
        AlertPolicy p = AlertPolicy.read(file);
        assertThat(p.targetPercent()).isEqualByComparingTo(new BigDecimal("98"));
        Files.writeString(
                file,
                "{\"repeat_sampling_hours\": -1, \"residual_check_hours\": 2, \"rolling_window_days\": 90,"
                        + " \"target_percent\": 98, \"minimum_samples\": 10, \"source\": \"x\"}");
        assertThatThrownBy(() -> AlertPolicy.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("deadlines cannot be negative");
    }
}
