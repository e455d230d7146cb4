package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the shaded jar as a real process, as a county office would. */
class ShadedJarIT {

    private static final Path JAR = Path.of("target", "ruralwater.jar");

    private static Run java(String... args) throws Exception {
        return java(Map.of("LANG", "C.UTF-8"), args);
    }

    /** The jar run in an environment whose locale variables are these alone. */
    private static Run java(Map<String, String> locale, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        speaking(builder, locale);
        Process p = builder.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static ProcessBuilder speaking(ProcessBuilder builder, Map<String, String> locale) {
        builder.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        builder.environment().putAll(locale);
        return builder;
    }

    @Test
    void underAChineseLocaleTheJarSpeaksChineseInUtf8EvenWhereTheLocaleIsNotInstalled() throws Exception {
        Run help = java(Map.of("LANG", "zh_CN.UTF-8"), "quality", "--help");
        Run english = java(Map.of("LANG", "zh_CN.UTF-8"), "--lang", "en", "quality", "--help");
        Run refused = java(Map.of("LC_ALL", "zh_CN.UTF-8"), "billing", "quote", "--period", "2015-13");

        assertThat(help.out()).startsWith("用法：ruralwater quality").doesNotContain("?");
        assertThat(english.out()).startsWith("Usage: ruralwater quality");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--period：应为", "，实际为 \"2015-13\"");
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

    @Test
    void aLongSolveShowsAProgressBarOnATerminalAndNoneWhenPiped(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script gives a pty");
        String[] solve = {
            "maintenance",
            "schedule",
            "--jobs",
            "30",
            "--crews",
            "4",
            "--horizon",
            "7d",
            "--seconds",
            "2",
            "--format",
            "csv"
        };
        Path typescript = dir.resolve("tty.txt");
        String command =
                String.join(" ", java(List.of("-jar", JAR.toAbsolutePath().toString()))) + " " + String.join(" ", solve)
                        + " > " + dir.resolve("plan.csv");
        Process p = speaking(
                        new ProcessBuilder("/usr/bin/script", "-qec", command, typescript.toString()),
                        Map.of("LANG", "C.UTF-8"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("script-out.txt").toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String onTerminal = Files.readString(typescript, StandardCharsets.UTF_8);
        Run piped = java(solve);

        assertThat(onTerminal).contains("solving").contains("100% [").contains("best 0hard/");
        assertThat(Files.readString(dir.resolve("plan.csv"))).startsWith("worker,date,start,end,job,village,late_min");
        assertThat(piped.code()).isZero();
        assertThat(piped.err()).doesNotContain("solving").startsWith("score 0hard/");
    }

    private static List<String> java(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        return command;
    }
}
