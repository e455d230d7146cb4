package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's commands on an embedded store in a temporary folder. */
class DbCommandsTest {

    static Path billingFolder(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("accounts.csv"), """
                household,tariff,members,meters,subsidy_category,quota
                H1,CN-JS-JIANGDU-RURAL-RESIDENTIAL,3,M1,,
                H2,CN-JS-JIANGDU-RURAL-RESIDENTIAL,5,M2,dibao,
                """);
        Files.writeString(dir.resolve("meters.csv"), """
                id,household,diameter,digits,verified_on
                M1,H1,15,5,2014-01-01
                M2,H2,15,5,2014-01-01
                """);
        Files.writeString(dir.resolve("readings.csv"), """
                meter,read_on,value,kind
                M1,2015-04-28,100,actual
                M1,2015-05-29,112,actual
                M1,2015-06-28,120,actual
                M2,2015-04-28,500,actual
                M2,2015-05-29,520,actual
                M2,2015-06-28,530,actual
                """);
        return dir;
    }

    @Test
    void initImportExportAndStatusOnAnEmbeddedStoreSayWhereItIs(@TempDir Path dir) {
        String db = dir.resolve("store").toString();
        Path county = dir.resolve("county");
        Run.of("demo", "--out", county.toString(), "--households", "300");

        Run init = Run.of("db", "init", "--db", db, "--format", "csv");
        Run first = Run.of("db", "import", "--db", db, county.toString());
        Run again = Run.of("db", "import", "--db", db, county.toString());
        Run export = Run.of("db", "export", "--db", db, dir.resolve("back").toString());
        Run status = Run.of("db", "status", "--db", db, "--format", "csv");

        assertThat(init.code()).isZero();
        assertThat(init.err()).startsWith("store: " + dir.resolve("store").toAbsolutePath());
        assertThat(init.out()).containsPattern("database,h2 \\(schema \\d+\\)");
        assertThat(first.code()).isZero();
        assertThat(first.err()).contains("inserted").contains("0 updated");
        assertThat(again.err()).contains("county records: 0 inserted, 0 updated");
        assertThat(export.code()).isZero();
        assertThat(dir.resolve("back/households.csv")).hasSameTextualContentAs(county.resolve("households.csv"));
        assertThat(status.out()).contains("households,300");
    }

    @Test
    void aBillRunOnTheStoreImportsTheFolderAndASecondRunAddsNothing(@TempDir Path dir) throws Exception {
        String db = dir.resolve("store").toString();
        Path billing = billingFolder(dir.resolve("billing"));

        Run may = Run.of(
                "billing",
                "run",
                "--period",
                "2015-05",
                "--subsidies",
                "jiangdu-2015",
                "--format",
                "csv",
                "--db",
                db,
                billing.toString());
        Run again = Run.of(
                "billing",
                "run",
                "--period",
                "2015-05",
                "--subsidies",
                "jiangdu-2015",
                "--format",
                "csv",
                "--db=" + db);
        Run june = Run.of(
                "billing",
                "run",
                "--period",
                "2015-06",
                "--subsidies",
                "jiangdu-2015",
                "--format",
                "csv",
                "--db=" + db);
        Run status = Run.of("db", "status", "--db", db, "--format", "csv");

        assertThat(may.code()).isZero();
        assertThat(may.out()).contains("INV-2015-05-H1-1,invoice,H1,12,CNY 34.80,false,,");
        assertThat(may.err()).contains("2 documents issued to the store");
        assertThat(billing.resolve("ledger.json")).doesNotExist();
        assertThat(again.out().lines()).as(again.err()).hasSize(1);
        assertThat(june.out()).contains("INV-2015-06-H1-1");
        assertThat(status.out())
                .contains("ledger_documents,4")
                .contains("bill_runs,2")
                .contains("accounts,2");
    }

    @Test
    void aRunWithoutAFolderOrAStoreIsAUsageError() {
        Run r = Run.of("billing", "run", "--period", "2015-05");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("FOLDER");
    }

    @Test
    void anExistingLedgerIsImportedOnce(@TempDir Path dir) throws Exception {
        String db = dir.resolve("store").toString();
        Path billing = billingFolder(dir.resolve("billing"));
        Run.of(
                "billing",
                "run",
                "--period",
                "2015-05",
                "--subsidies",
                "jiangdu-2015",
                "--format",
                "csv",
                billing.toString());

        Run first = Run.of(
                "db",
                "import-ledger",
                "--db",
                db,
                billing.resolve("ledger.json").toString());
        Run again = Run.of(
                "db",
                "import-ledger",
                "--db",
                db,
                billing.resolve("ledger.json").toString());
        Run rerun = Run.of(
                "billing",
                "run",
                "--period",
                "2015-05",
                "--subsidies",
                "jiangdu-2015",
                "--format",
                "csv",
                "--db",
                db,
                billing.toString());
        Run missing = Run.of(
                "db", "import-ledger", "--db", db, dir.resolve("none.json").toString());

        assertThat(first.err()).contains("ledger documents: 2 imported, 0 already in the store");
        assertThat(again.err()).contains("ledger documents: 0 imported, 2 already in the store");
        assertThat(rerun.out().lines()).hasSize(1);
        assertThat(missing.code()).isEqualTo(3);
    }

    @Test
    void compactShrinksAClosedEmbeddedStoreAndKeepsItsRecords(@TempDir Path dir) {
        String db = dir.resolve("store").toString();
        Path county = dir.resolve("county");
        Run.of("demo", "--out", county.toString(), "--households", "300");
        Run.of("db", "import", "--db", db, county.toString());

        Run compact = Run.of("db", "compact", "--db", db);
        Run status = Run.of("db", "status", "--db", db, "--format", "csv");
        Run postgresql = Run.of("db", "compact", "--db", "jdbc:postgresql://127.0.0.1:1/none");

        assertThat(compact.code()).as(compact.err()).isZero();
        assertThat(compact.err()).startsWith("store: " + dir.resolve("store").toAbsolutePath());
        assertThat(compact.out()).matches("store compacted: [\\d,.]+ MB -> [\\d,.]+ MB\\R");
        assertThat(status.out()).contains("households,300");
        assertThat(postgresql.code()).isEqualTo(3);
        assertThat(postgresql.err())
                .contains("only an embedded store is compacted")
                .doesNotContain("Exception");
    }

    @Test
    void aStoreThatCannotBeOpenedIsOneLineAndExitThree(@TempDir Path dir) {
        Run r = Run.of("db", "status", "--db", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1");

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("cannot be opened").doesNotContain("Exception");
    }
}
