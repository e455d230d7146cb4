package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ruralwater db import-history}: the demo year into an embedded store, once, then again for nothing. */
class DbImportHistoryTest {

    @Test
    void theDemoYearLandsOnceAndAgainChangesNothing(@TempDir Path dir) {
        String db = dir.resolve("store").toString();
        Path year = dir.resolve("year");
        Run demo = Run.of("demo", "--history", "--out", year.toString(), "--households", "200", "--seed", "3");
        assertThat(demo.code()).as(demo.err()).isZero();

        Run first = Run.of("db", "import-history", "--db", db, year.toString());
        Run again = Run.of("db", "import-history", "--db", db, year.toString());
        Run status = Run.of("db", "status", "--db", db, "--format", "csv");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err())
                .contains("quality/samples.csv: ")
                .contains("assurance/tickets.json: ")
                .contains("maintenance/work-orders.csv: ")
                .contains("bill runs: 12 stored");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err())
                .contains("quality/samples.csv: 0 inserted, 0 updated")
                .contains("county: 0 inserted, 0 updated")
                .contains("billing: 0 inserted, 0 updated")
                .contains("bill runs: 0 stored, 0 documents issued");
        assertThat(status.out()).contains("samples,").contains("tickets,").contains("work_orders,");
    }

    @Test
    void aFolderWithABrokenFileWritesNothingAndSaysWhere(@TempDir Path dir) throws Exception {
        String db = dir.resolve("store").toString();
        Path year = dir.resolve("year");
        Run.of("demo", "--history", "--out", year.toString(), "--households", "100", "--seed", "3");
        Path orders = year.resolve("maintenance/work-orders.csv");
        Files.writeString(orders, Files.readString(orders).replaceFirst(",2026-01-", ",2026-00-"));

        Run run = Run.of("db", "import-history", "--db", db, year.toString());
        Run status = Run.of("db", "status", "--db", db, "--format", "csv");

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("work-orders.csv").doesNotContain("Exception");
        assertThat(status.out()).doesNotContain("households,");
    }
}
