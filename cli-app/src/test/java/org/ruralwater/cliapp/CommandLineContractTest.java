package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What the command says when an option's value is unusable or something breaks: words, never Java. */
class CommandLineContractTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "billing quote | --period | 2015-13 | a period: a month (2026-03), a quarter (2026-Q1), a year (2026)",
                "billing arrears | --as-of | 2015-02-30 | a date as YYYY-MM-DD",
                "maintenance breaches | --at | 2026-12-04 | a date and time as YYYY-MM-DD HH:MM or YYYY-MM-DDTHH:MM",
                "billing quote | --consumption | abc | a decimal number",
                "assurance distribute | --available | 1e999999999 | a decimal number",
                "assurance problems | --monthly | 2026-13 | a month as YYYY-MM",
                "quality rates | --period | 2026-Q5 | a period: a month (2026-03), a quarter (2026-Q1), a year (2026)",
                "maintenance schedule | --jobs | many | a whole number",
            })
    void anUnreadableOptionValueSaysWhatWasExpectedInOneLineAndShowsOneUsageLine(
            String command, String option, String value, String expected) {
        String[] words = command.split(" ");
        Run r = Run.of(words[0], words[1], option, value);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(3);
        assertThat(r.err().lines().findFirst().orElseThrow())
                .startsWith("ruralwater " + command + ": " + option + ": expected " + expected)
                .endsWith(", found \"" + value + "\"");
        assertThat(r.err()).contains("Usage: ruralwater " + command, "Try 'ruralwater " + command + " --help'");
        assertThat(r.err()).doesNotContain("Exception", "java.", "Invalid value");
    }

    @Test
    void aWholeNumberOptionOutsideItsRangeIsAUsageErrorNamingTheRange() {
        Run r = Run.of("maintenance", "schedule", "--jobs", "0");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("ruralwater maintenance schedule: --jobs: expected a whole number from 1, found \"0\"");
        assertThat(r.err()).doesNotContain("fromIndex", "Exception");
    }

    @Test
    void anUnwritableCalendarFileIsRefusedBeforeSolvingWithoutATrace(@TempDir Path dir) {
        Path nowhere = dir.resolve("no-such-folder").resolve("crew.ics");

        Run r = Run.of(
                "maintenance",
                "schedule",
                "--moves",
                "10",
                "--jobs",
                "5",
                "--ical-crew",
                "C01",
                "--ical-out",
                nowhere.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err())
                .contains("no such file or folder: " + nowhere.getParent())
                .doesNotContain("Exception", "\tat ");
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug: the ledger index is out of step");
        }
    }

    @Test
    void anUnexpectedErrorIsOneLineAndExitFourAndDebugShowsTheDetails() {
        Run plain = run("boom");
        Run debug = run("boom", "--debug");

        assertThat(plain.code()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(plain.err().lines().toList())
                .containsExactly("ruralwater boom: internal error: this is a bug in ruralwater, not a problem with your"
                        + " input. Rerun with --debug to see the details, and report them.");
        assertThat(debug.code()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(debug.err()).contains("IllegalStateException: a bug: the ledger index is out of step", "\tat ");
    }

    private static Run run(String... args) {
        CommandLine cl = Ruralwater.commandLine(args, Map.of());
        cl.addSubcommand(new Boom());
        return Run.of(cl, args);
    }
}
