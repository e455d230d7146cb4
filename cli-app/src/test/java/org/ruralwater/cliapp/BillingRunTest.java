package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BillingRunTest {

    private static Path folder(Path dir, String mayReading) throws Exception {
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
        Files.writeString(
                dir.resolve("readings.csv"),
                "meter,read_on,value,kind\n"
                        + "M1,2015-04-28,100,actual\nM1,2015-05-29," + mayReading + ",actual\n"
                        + "M2,2015-04-28,500,actual\nM2,2015-05-29,520,actual\n");
        return dir;
    }

    private static Run run(Path dir, String... more) {
        String[] base = {"billing", "run", "--period", "2015-05", "--subsidies", "jiangdu-2015", "--format", "csv"};
        String[] args = new String[base.length + more.length + 1];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        args[args.length - 1] = dir.toString();
        return Run.of(args);
    }

    @Test
    void aDryRunPrintsTheBillsAndKeepsNothing(@TempDir Path dir) throws Exception {
        Run r = run(folder(dir, "112"), "--dry-run");

        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(3);
        assertThat(r.out()).contains("INV-2015-05-H1-1,invoice,H1,12,CNY 34.80,false,,");
        assertThat(r.err()).contains("2 documents would be issued (dry run)");
        assertThat(dir.resolve("ledger.json")).doesNotExist();
    }

    @Test
    void runningTwiceIssuesNothingNewAndACorrectedReadingGivesACreditNoteAndANewInvoice(@TempDir Path dir)
            throws Exception {
        Run first = run(folder(dir, "112"));
        String ledger = Files.readString(dir.resolve("ledger.json"));
        Run second = run(dir);
        Run corrected = run(folder(dir, "110"));

        assertThat(first.code()).isZero();
        assertThat(first.err()).contains("2 documents issued");
        assertThat(second.out().lines()).hasSize(1);
        assertThat(Files.readString(dir.resolve("ledger.json"))).isNotEqualTo(ledger);
        assertThat(corrected.out())
                .contains("CRN-2015-05-H1-2,credit_note,H1,-12,CNY -34.80,false,,INV-2015-05-H1-1")
                .contains("INV-2015-05-H1-3,invoice,H1,10,CNY 29.00,false,,");
        assertThat(run(dir).out().lines()).hasSize(1);
    }

    @Test
    void oneThreadGivesTheSameBillsAndZeroThreadsIsAUsageError(@TempDir Path dir) throws Exception {
        Run everyProcessor = run(folder(dir, "112"), "--dry-run");
        Run one = run(dir, "--dry-run", "--threads", "1");
        Run none = run(dir, "--dry-run", "--threads", "0");

        assertThat(one.code()).isZero();
        assertThat(one.out()).isEqualTo(everyProcessor.out());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--threads: expected a whole number from 1, found \"0\"");
    }

    @Test
    void aProblemInAnyFileStopsTheRunWithEveryProblemListed(@TempDir Path dir) throws Exception {
        folder(dir, "112");
        Files.writeString(
                dir.resolve("accounts.csv"),
                "household,tariff,members,meters,subsidy_category,quota\nH1,NOPE,three,M1,,\n");

        Run r = run(dir);

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("accounts.csv:2:").contains("members");
        assertThat(dir.resolve("ledger.json")).doesNotExist();
    }
}
