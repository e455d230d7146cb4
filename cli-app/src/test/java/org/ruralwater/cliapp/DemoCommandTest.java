package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;

/** {@code ruralwater demo}, the command behind {@code examples/cli-tour}. */
class DemoCommandTest {

    @Test
    void writesTheFilesReadsThemBackAndSummarises(@TempDir Path dir) {
        Run r = Run.of("demo", "--out", dir.toString(), "--households", "2000", "--seed", "9");

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("households: 2000 with")
                .contains("works: 3, of which")
                .contains("working days per year 2025: 248, 2026: 248")
                .contains("3 working days after Friday 2026-02-13 is 2026-02-25");
        assertThat(County.read(dir).households()).hasSize(2000);
    }

    @Test
    void aBadOptionIsAUsageError() {
        Run notANumber = Run.of("demo", "--households", "none");
        Run unknown = Run.of("demo", "--colour");
        Run none = Run.of("demo", "--households", "0");

        assertThat(notANumber.code()).isEqualTo(2);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(none.code()).isEqualTo(2);
        assertThat(notANumber.err()).contains("--households: expected a whole number, found \"none\"");
        assertThat(unknown.err()).contains("Unknown option: '--colour'").contains("Usage: ruralwater demo");
        assertThat(none.err())
                .contains("--households: expected a whole number from 1, found \"0\"")
                .contains("Usage: ruralwater demo");
    }
}
