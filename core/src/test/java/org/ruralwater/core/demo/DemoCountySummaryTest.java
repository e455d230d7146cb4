package org.ruralwater.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;

class DemoCountySummaryTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DemoCountySummary.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheFilesReadsThemBackAndSummarises(@TempDir Path dir) {
        assertThat(run("--out", dir.toString(), "--households", "2000", "--seed", "9"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("households: 2000 with")
                .contains("works: 3, of which")
                .contains("working days per year {2025=248, 2026=248}")
                .contains("3 working days after Friday 2026-02-13 is 2026-02-25");
        assertThat(County.read(dir).households()).hasSize(2000);
    }

    @Test
    void aBadOptionIsAUsageError() {
        assertThat(run("--households", "none")).isEqualTo(2);
        assertThat(run("--colour")).isEqualTo(2);
        assertThat(run("--households", "0")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown option --colour")
                .contains("--households must be at least 1")
                .contains("usage: run-demo");
    }
}
