package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ruralwater demo --history}: the year's files, and the CLI's own commands over them. */
class DemoHistoryTest {

    @TempDir
    static Path dir;

    static Run demo;

    @BeforeAll
    static void writeTheYear() {
        demo = Run.of(
                "demo", "--history", "--year", "2026", "--out", dir.toString(), "--households", "400", "--seed", "9");
    }

    @Test
    void writesEveryModulesFilesAndPrintsTheirRows() {
        assertThat(demo.code()).isZero();
        assertThat(demo.out())
                .contains("A year of history, 2026, in 11 files:")
                .contains("quality/samples.csv: ")
                .contains("billing/readings.csv: ")
                .contains("assurance/tickets.json: ")
                .contains("maintenance/patrols.csv: ");
    }

    @Test
    void theCommandsOfEachModuleRunOverTheYear() {
        String samples = dir.resolve("quality/samples.csv").toString();
        Run outlet = Run.of("quality", "rates", "--period", "2026", "--point", "outlet", samples);
        Run tap = Run.of("quality", "rates", "--period", "2026-Q3", "--point", "tap", samples);
        Run bills = Run.of(
                "billing",
                "run",
                "--period",
                "2026-06",
                "--dry-run",
                dir.resolve("billing").toString());
        Run screen = Run.of(
                "assurance",
                "screen",
                "--roll-up",
                "township",
                dir.resolve("assurance/observations.csv").toString());
        Run overdue = Run.of(
                "assurance",
                "problems",
                "--overdue",
                "--on",
                "2026-12-31",
                dir.resolve("assurance/tickets.json").toString());
        Run breaches = Run.of(
                "maintenance",
                "breaches",
                "--at",
                "2026-12-31T23:59",
                dir.resolve("maintenance/work-orders.csv").toString());

        assertThat(outlet.code()).as(outlet.err()).isZero();
        assertThat(tap.code()).as(tap.err()).isBetween(0, 1);
        assertThat(bills.code()).as(bills.err()).isZero();
        assertThat(bills.err()).contains("0 households blocked");
        assertThat(screen.code()).as(screen.err()).isBetween(0, 1);
        assertThat(overdue.code()).as(overdue.err()).isEqualTo(1);
        assertThat(breaches.code()).as(breaches.err()).isBetween(0, 1);
        assertThat(breaches.out().lines()).hasSizeGreaterThan(1);
    }

    /** A change to any generator shows here: each file's rows and SHA-256 for a 400-household county. */
    @Test
    void theSmallCountysYearMatchesItsGoldenSummary() throws Exception {
        StringBuilder actual = new StringBuilder();
        for (String line : demo.out()
                .lines()
                .filter(l -> l.startsWith("  ") && l.contains(" rows"))
                .toList()) {
            String name = line.strip().substring(0, line.strip().indexOf(':'));
            actual.append(line.strip())
                    .append(' ')
                    .append(sha256(dir.resolve(name)))
                    .append('\n');
        }
        Path golden = Path.of("src/test/resources/golden/demo-history-400.txt");
        if (!Files.exists(golden)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/demo-history-400.txt"), actual);
        }
        assertThat(golden)
                .as("golden file (actual in target/demo-history-400.txt)")
                .exists();
        assertThat(actual.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
