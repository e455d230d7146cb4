package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityCommandsTest {

    static final String SAMPLES = """
            sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit,limited
            S1,W539821-002,tap,2026-03-02 09:10,small_centralized,sodium_hypochlorite,浑浊度,2.5,NTU,true
            S1,W539821-002,tap,2026-03-02 09:10,small_centralized,sodium_hypochlorite,余氯,0.12,mg/L,true
            S1,W539821-002,tap,2026-03-02 09:10,small_centralized,sodium_hypochlorite,砷,<1,µg/L,true
            S2,W539821-006,outlet,2026-03-02 10:00,centralized,chlorine_dioxide,fluoride,1.1,mg/L,
            S2,W539821-006,outlet,2026-03-02 10:00,centralized,chlorine_dioxide,二氧化氯,0.05,mg/L,
            """;

    private static Path samples(Path dir) throws Exception {
        Path f = dir.resolve("samples.csv");
        Files.writeString(f, SAMPLES);
        return f;
    }

    @Test
    void evaluateGivesOneRowPerSampleAndExitsOneWhenASampleFails(@TempDir Path dir) throws Exception {
        Run r = Run.of("quality", "evaluate", "--format", "csv", samples(dir).toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .isEqualTo("sample_id,verdict,failing_indicators\nS1,pass,\nS2,fail,chlorine_dioxide;fluoride\n");
    }

    @Test
    void detailGivesOneRowPerDeterminationWithTheLimitAndClause(@TempDir Path dir) throws Exception {
        Run r = Run.of(
                "quality",
                "evaluate",
                "--detail",
                "--format",
                "json",
                samples(dir).toString());

        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).get("limit").asText()).isEqualTo("≤ 3 NTU (relaxed from 1)");
        assertThat(rows.get(4).get("clause").asText()).contains("GB 5749-2022 Table 2");
    }

    @Test
    void compareAddsAVerdictColumnPerStandard(@TempDir Path dir) throws Exception {
        Run r = Run.of(
                "quality",
                "evaluate",
                "--compare",
                "WHO,EPA",
                "--format",
                "csv",
                samples(dir).toString());

        assertThat(r.out().lines().findFirst().orElseThrow())
                .isEqualTo("sample_id,verdict,failing_indicators,verdict_WHO-GDWQ-2022,verdict_US-EPA-NPDWR");
        assertThat(r.out().lines().count()).isEqualTo(3);
    }

    @Test
    void aMalformedSampleFileIsBadInputWithEveryProblemOnStderr(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, SAMPLES.replace("tap,2026-03-02 09:10,small", "kitchen,2026-03-02 09:10,small"));

        Run r = Run.of("quality", "evaluate", f.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err())
                .contains("bad.csv:2:16: point: expected one of source, outlet, network, tap, found \"kitchen\"")
                .contains("bad.csv:4:16: point");
        assertThat(r.out()).isEmpty();
        assertThat(Run.of("quality", "evaluate", dir.resolve("none.csv").toString())
                        .err())
                .contains("no such file");
    }

    /**
     * Issue 14: an impossible value is an input error, never a verdict: −1 NTU passed and free chlorine −5, NaN
     * and Infinity were judged. Every problem is printed at once, at the line and column of its cell.
     */
    @Test
    void impossibleResultsAreBadInputAtTheirCellsNotVerdicts(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("impossible.csv");
        Files.writeString(f, """
                sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit
                S1,W539821-002,tap,2026-03-02 09:10,centralized,none,浑浊度,-1,NTU
                S1,W539821-002,tap,2026-03-02 09:10,centralized,none,余氯,-5,mg/L
                S2,W539821-002,tap,2026-03-02 09:10,centralized,none,余氯,NaN,mg/L
                S3,W539821-002,tap,2026-03-02 09:10,centralized,none,pH,14.01,
                S4,W539821-002,tap,2026-03-02 09:10,centralized,none,fluoride,0.5,
                """);

        Run r = Run.of("quality", "evaluate", f.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains("impossible.csv:2:58: value: expected a turbidity from 0 to 10000 NTU, found \"-1\"")
                .contains("impossible.csv:3:57: value: expected a concentration from 0 to 1000000 mg/L, found \"-5\"")
                .contains("impossible.csv:4:57: value: expected a finite number")
                .contains("impossible.csv:5:57: value: expected a pH from 0 to 14, found \"14.01\"")
                .contains("impossible.csv:6:67: unit: expected a unit fluoride can be reported in (mg/L), found an"
                        + " empty unit");
    }

    @Test
    void aSampleFileWithoutSampledAtIsBadInput(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("undated.csv");
        Files.writeString(
                f,
                "sample_id,works_id,point,supply,disinfection,indicator,value,unit\n"
                        + "S1,W539821-002,tap,centralized,none,浑浊度,0.5,NTU\n");

        Run r = Run.of("quality", "evaluate", f.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("undated.csv:1:1: sampled_at: expected a column named sampled_at");
    }

    @Test
    void standardShowListsTheIndicatorsOrOneInFull() {
        Run all = Run.of("standard", "show", "GB5749-2022", "--format", "csv");
        Run arsenic = Run.of("standard", "show", "GB5749-2022", "砷", "--format", "csv");

        assertThat(all.code()).isZero();
        assertThat(all.out().lines().count()).isEqualTo(98);
        assertThat(arsenic.out()).contains("code,arsenic").contains("limit,≤ 0.01 mg/L");
        assertThat(Run.of("standard", "show", "GB5749-2022", "unobtainium").code())
                .isEqualTo(3);
        assertThat(Run.of("standard", "show", "GB5749-1985").err()).contains("GB5749-1985");
    }

    @Test
    void standardDiffListsWhatChangedBetweenEditions() {
        Run r = Run.of("standard", "diff", "GB5749-2006", "GB5749-2022", "--format", "csv");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("code,name_zh,change,GB5749-2006,GB5749-2022\n");
        assertThat(r.out()).contains(",changed,").contains(",added,").contains(",removed,");
    }

    @Test
    void ratesGiveTheSampleAndItemPassRatesWithNumeratorsAndDenominators(@TempDir Path dir) throws Exception {
        Run r = Run.of(
                "quality",
                "rates",
                "--period",
                "2026-Q1",
                "--format",
                "csv",
                samples(dir).toString());
        Run tapOnly = Run.of(
                "quality",
                "rates",
                "--period",
                "2026-03",
                "--point",
                "tap",
                "--works",
                "W539821-002",
                "--format",
                "csv",
                samples(dir).toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("item,passed,judged,percent,meets_95\nsamples,1,2,50");
        assertThat(r.out()).contains("\nfluoride,0,1,0");
        assertThat(r.err()).contains("indeterminate");
        assertThat(tapOnly.code()).isZero();
        assertThat(tapOnly.out()).contains("samples,1,1,100");
        assertThat(Run.of("quality", "rates", "--period", "spring", samples(dir).toString())
                        .code())
                .isEqualTo(2);
    }

    /**
     * Issue 15: an indeterminate sample is in the sample rate's denominator and not its numerator, and the
     * message says so. S3 is chlorinated without its residual, so it cannot be judged (GB 5749-2022 4.2).
     */
    @Test
    void ratesSayIndeterminateSamplesAreJudgedButNotPassed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("samples.csv");
        Files.writeString(
                f,
                SAMPLES.lines().limit(4).collect(Collectors.joining("\n", "", "\n"))
                        + "S3,W539821-002,tap,2026-03-03 09:10,small_centralized,chlorine,浑浊度,0.5,NTU,\n");

        Run r = Run.of("quality", "rates", "--format", "csv", f.toString());

        assertThat(r.out()).startsWith("item,passed,judged,percent,meets_95\nsamples,1,2,50");
        assertThat(r.err()).isEqualTo("1 of 2 samples indeterminate: counted as judged, not as passed\n");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void coverageListsTheWindowsAWorksWasNotSampledEnough(@TempDir Path dir) throws Exception {
        Path county = dir.resolve("county");
        assertThat(Run.of("demo", "--out", county.toString(), "--households", "300")
                        .code())
                .isZero();

        Run r = Run.of(
                "quality",
                "coverage",
                "--county",
                county.toString(),
                "--period",
                "2026-Q1",
                "--format",
                "csv",
                samples(dir).toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("works,rule,window,required,found,indicators,source\n");
        assertThat(r.out().lines().count()).isGreaterThan(5);
        assertThat(r.err()).startsWith("windows sampled enough: ");
    }
}
