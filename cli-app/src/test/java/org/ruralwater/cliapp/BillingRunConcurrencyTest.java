package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bill runs in separate processes on one folder: the ledger's lock lets one run at a time read, bill and
 * write, so no issued document is ever lost. Without it, the second of two runs for different months
 * rewrote the ledger without the first month (5 of 5 trials).
 */
class BillingRunConcurrencyTest {

    private static final int HOUSEHOLDS = 3_000;

    @Test
    void aRunStopsAtOnceAndChangesNothingWhileAnotherProcessHoldsTheLedger(@TempDir Path dir) throws Exception {
        folder(dir);
        Path lockFile = dir.resolve("ledger.json.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            Result r = start(dir, "2015-05").finish();

            assertThat(r.code()).isEqualTo(ExitCode.BUSY);
            assertThat(r.err())
                    .contains("is in use by another bill run (its ledger.json is locked); nothing was changed")
                    .doesNotContain("Exception", "\tat ");
            assertThat(dir.resolve("ledger.json")).doesNotExist();
        }
        Result after = start(dir, "2015-05").finish();
        assertThat(after.code()).as(after.err()).isZero();
    }

    @Test
    void twoRunsForDifferentMonthsAtOnceNeverLoseAMonth(@TempDir Path root) throws Exception {
        for (int trial = 0; trial < 4; trial++) {
            Path dir = Files.createDirectories(root.resolve("trial-" + trial));
            folder(dir);
            Running may = start(dir, "2015-05");
            Running june = start(dir, "2015-06");
            Result a = may.finish();
            Result b = june.finish();

            assertThat(List.of(a.code(), b.code())).as(a.err() + b.err()).allMatch(c -> c == 0 || c == ExitCode.BUSY);
            String ledger = Files.exists(dir.resolve("ledger.json"))
                    ? Files.readString(dir.resolve("ledger.json"), StandardCharsets.UTF_8)
                    : "";
            if (a.code() == 0) {
                assertThat(ledger)
                        .as("trial %d: May was issued and kept", trial)
                        .contains("INV-2015-05-");
            }
            if (b.code() == 0) {
                assertThat(ledger)
                        .as("trial %d: June was issued and kept", trial)
                        .contains("INV-2015-06-");
            }
            // Whichever was refused runs afterwards and lands too.
            for (Result r : List.of(a, b)) {
                if (r.code() == ExitCode.BUSY) {
                    assertThat(start(dir, r.period()).finish().code()).isZero();
                }
            }
            String both = Files.readString(dir.resolve("ledger.json"), StandardCharsets.UTF_8);
            assertThat(both).contains("INV-2015-05-H" + (HOUSEHOLDS - 1), "INV-2015-06-H" + (HOUSEHOLDS - 1));
        }
    }

    private static void folder(Path dir) throws IOException {
        StringBuilder accounts = new StringBuilder("household,tariff,members,meters,subsidy_category,quota\n");
        StringBuilder meters = new StringBuilder("id,household,diameter,digits,verified_on\n");
        StringBuilder readings = new StringBuilder("meter,read_on,value,kind\n");
        for (int h = 0; h < HOUSEHOLDS; h++) {
            accounts.append("H")
                    .append(h)
                    .append(",CN-JS-JIANGDU-RURAL-RESIDENTIAL,3,M")
                    .append(h)
                    .append(",,\n");
            meters.append("M").append(h).append(",H").append(h).append(",15,5,2014-01-01\n");
            readings.append("M").append(h).append(",2015-04-28,100,actual\n");
            readings.append("M")
                    .append(h)
                    .append(",2015-05-29,")
                    .append(110 + h % 7)
                    .append(",actual\n");
            readings.append("M")
                    .append(h)
                    .append(",2015-06-28,")
                    .append(125 + h % 5)
                    .append(",actual\n");
        }
        Files.writeString(dir.resolve("accounts.csv"), accounts);
        Files.writeString(dir.resolve("meters.csv"), meters);
        Files.writeString(dir.resolve("readings.csv"), readings);
    }

    private record Result(String period, int code, String err) {}

    private record Running(String period, Process process, Path err) {
        Result finish() throws Exception {
            assertThat(process.waitFor(120, TimeUnit.SECONDS))
                    .as("the run ended")
                    .isTrue();
            return new Result(period, process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    /** The command in a process of its own, as a county office would run it twice. */
    private static Running start(Path dir, String period) throws IOException {
        Path err = Files.createTempFile(dir.getParent(), "err-" + period, ".txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of("billing", "run", "--period", period, "--format", "csv", dir.toString()));
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        return new Running(period, p, err);
    }
}
