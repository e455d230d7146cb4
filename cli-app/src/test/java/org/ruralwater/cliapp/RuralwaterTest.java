package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuralwaterTest {

    @Test
    void versionAndHelpDescribeTheCommandAndItsExitCodes() {
        Run version = Run.of("--version");
        Run help = Run.of("--help");

        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("ruralwater 0.1.0-SNAPSHOT");
        assertThat(help.code()).isZero();
        assertThat(help.out())
                .contains(
                        "Exit codes: 0 success, 1 the check found failures, 2 usage error, 3 bad input,",
                        "4 internal error (rerun with --debug), 5 the folder is in use by another run.")
                .contains("quality", "billing", "maintenance", "assurance", "standard", "demo", "generate-completion");
        assertThat(Run.of().out()).contains("Usage: ruralwater");
    }

    @Test
    void anUnknownOptionOrCommandIsAUsageError() {
        Run r = Run.of("--frobnicate");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'");
        assertThat(Run.of("bill").code()).isEqualTo(2);
    }

    @Test
    void theCompletionScriptIsGenerated() {
        Run r = Run.of("generate-completion");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("complete -F _complete_ruralwater");
    }

    @Test
    void demoWritesTheCountyReadsItBackAndSummarisesIt(@TempDir Path dir) {
        Path out = dir.resolve("county");

        Run r = Run.of("demo", "--out", out.toString(), "--households", "500", "--seed", "7");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("households: 500 with");
        assertThat(Files.exists(out.resolve("households.csv"))).isTrue();
        assertThat(Run.of("demo", "--out", out.toString(), "--households", "0").code())
                .isEqualTo(2);
    }
}
