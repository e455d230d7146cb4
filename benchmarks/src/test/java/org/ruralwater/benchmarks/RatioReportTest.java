package org.ruralwater.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatioReportTest {

    private static final String RESULT = """
            [
              {"benchmark": "org.ruralwater.benchmarks.core.HouseholdFileBenchmark.baselineCountLines",
               "params": {"households": "40000"},
               "primaryMetric": {"score": 4.0, "scoreError": 0.2, "scoreUnit": "ms/op"}},
              {"benchmark": "org.ruralwater.benchmarks.core.HouseholdFileBenchmark.strictRead",
               "params": {"households": "40000"},
               "primaryMetric": {"score": 50.0, "scoreError": 1.5, "scoreUnit": "ms/op"}}
            ]
            """;

    @Test
    void printsEachResultAsARatioToItsBaseline(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("result.json");
        Files.writeString(json, RESULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RatioReport.print(RatioReport.read(json), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains(
                        "| core.HouseholdFileBenchmark households=40000 | baselineCountLines | 4.000 ± 0.200 ms/op | 1 (baseline) |")
                .contains(
                        "| core.HouseholdFileBenchmark households=40000 | strictRead | 50.000 ± 1.500 ms/op | 12.50× |");
    }

    @Test
    void refusesAGroupWithoutABaseline(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("result.json");
        Files.writeString(json, RESULT.replace("baselineCountLines", "countLines"));
        assertThatThrownBy(
                        () -> RatioReport.print(RatioReport.read(json), new PrintStream(new ByteArrayOutputStream())))
                .hasMessageContaining("has no baseline method");
    }
}
