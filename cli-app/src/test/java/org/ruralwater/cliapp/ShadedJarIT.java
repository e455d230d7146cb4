package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the shaded jar as a real process, as a county office would. */
class ShadedJarIT {

    private static final Path JAR = Path.of("target", "ruralwater.jar");

    private static Run java(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarRunsOnItsOwnAndWritesJsonWhenPiped() throws Exception {
        Run version = java("--version");
        Run arsenic = java("standard", "show", "GB5749-2022", "砷");

        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("ruralwater 0.1.0-SNAPSHOT");
        assertThat(arsenic.code()).isZero();
        assertThat(arsenic.out()).startsWith("[ {").contains("\"value\" : \"arsenic\"");
        assertThat(java("billing", "quote").code()).isEqualTo(2);
    }
}
