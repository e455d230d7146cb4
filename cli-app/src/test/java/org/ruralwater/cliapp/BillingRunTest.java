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

    @Test
    void everyProblemOfEveryFileWithCommentLinesIsListedInOneRunAtItsLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("accounts.csv"), """
                # Accounts of the two villages, exported 2015-05-30 (a source line, as the conventions ask)
                household,tariff,members,meters,subsidy_category,quota
                H1,CN-JS-JIANGDU-RURAL-RESIDENTIAL,3,M1,,
                # village 2
                H2,CN-JS-JIANGDU-RURAL-RESIDENTIAL,5,M2,vip,
                H1,NOPE,2,M9,,
                """);
        Files.writeString(dir.resolve("meters.csv"), """
                # The county's meter register
                id,household,diameter,digits,verified_on
                M1,H1,15,5,2014-01-01
                # the same meter again
                M1,H1,15,5,2014-01-01
                M2,H2,15,5,2014-01-01
                """);
        Files.writeString(dir.resolve("readings.csv"), """
                # May's readings
                meter,read_on,value,kind

                M1,2015-04-28,100,actual
                M1,2015-05-29,112,actual
                # H2's register shows five digits
                M2,2015-04-28,500,actual
                M2,2015-05-29,123456,actual
                M7,2015-05-29,12,actual
                """);
        Files.writeString(dir.resolve("ledger.json"), "[ {\"id\": \"INV-1\"} ]\n");
        Path tariff = dir.resolve("own-tariff.json");
        Files.writeString(tariff, "{\"id\": 3}");

        Run r = run(dir, "--tariff-file", tariff.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().lines())
                .contains(
                        "accounts.csv:5:5: subsidy_category: expected a category of subsidy scheme jiangdu-2015,"
                                + " found \"vip\"",
                        "accounts.csv:6:1: household: expected each household once, found H1 again",
                        "accounts.csv:6:4: meters: expected a meter listed in meters, found M9",
                        "meters.csv:5:1: id: expected each meter once, found M1 again (first at line 3)",
                        "readings.csv:8:3: value: expected a reading of the 5-digit register of meter M2 from 0 and"
                                + " below 100000 m³, found \"123456\"",
                        "readings.csv:9:1: meter: expected a meter of an account, found M7")
                .anySatisfy(l -> assertThat(l).startsWith("ledger.json:1:3: "))
                .anySatisfy(l -> assertThat(l).startsWith("own-tariff.json:1:"))
                // The tariff files could not be read: whether NOPE is among them is not known, so not said.
                .noneSatisfy(l -> assertThat(l).contains("NOPE"))
                .allSatisfy(l -> assertThat(l).doesNotContain("Exception"));
        assertThat(Files.readString(dir.resolve("ledger.json"))).isEqualTo("[ {\"id\": \"INV-1\"} ]\n");
    }

    @Test
    void readingsAndQuotasOutsideTheirPhysicalDomainsAreInputErrorsAndNeverBills(@TempDir Path dir) throws Exception {
        folder(dir, "1e400");
        Files.writeString(
                dir.resolve("accounts.csv"),
                "household,tariff,members,meters,subsidy_category,quota\n"
                        + "H1,CN-JS-JIANGDU-RURAL-RESIDENTIAL,3,M1,,-3\n"
                        + "H2,CN-JS-JIANGDU-RURAL-RESIDENTIAL,5,M2,dibao,1e400\n");
        Files.writeString(
                dir.resolve("readings.csv"),
                "meter,read_on,value,kind\nM1,2015-04-28,100,actual\nM1,2015-05-29,1e400,actual\n"
                        + "M2,2015-04-28,500,actual\nM2,2015-05-29,99999999999999999999,actual\n");

        Run r = run(dir);

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().lines())
                .hasSize(4)
                // Each value at its own cell, from the range its record component declares.
                .containsExactly(
                        "accounts.csv:2:42: quota: expected a decimal number from 0 to 1000000000 m³, found \"-3\"",
                        "accounts.csv:3:47: quota: expected a decimal number from 0 to 1000000000 m³, found \"1e400\"",
                        "readings.csv:3:15: value: expected a decimal number from 0 and below 1000000000 m³, found"
                                + " \"1e400\"",
                        "readings.csv:5:15: value: expected a decimal number from 0 and below 1000000000 m³, found"
                                + " \"99999999999999999999\"");
        assertThat(dir.resolve("ledger.json")).doesNotExist();
    }

    @Test
    void aMonthWithoutAnyReadingIsRefusedUnlessEstimatesAreAskedFor(@TempDir Path dir) throws Exception {
        folder(dir, "112");

        Run june = Run.of("billing", "run", "--period", "2015-06", "--subsidies", "jiangdu-2015", dir.toString());
        Run estimated = Run.of(
                "billing",
                "run",
                "--period",
                "2015-06",
                "--estimate-missing",
                "--subsidies",
                "jiangdu-2015",
                "--dry-run",
                "--format",
                "csv",
                dir.toString());

        assertThat(june.code()).isEqualTo(3);
        assertThat(june.err())
                .isEqualTo("readings.csv: read_on: expected at least one reading taken in 2015-06, unless missing"
                        + " readings are to be estimated, found 4 readings, none taken in 2015-06."
                        + " Maybe \"--estimate-missing\"?\n");
        assertThat(dir.resolve("ledger.json")).doesNotExist();
        assertThat(estimated.code()).isZero();
        assertThat(estimated.out()).contains("INV-2015-06-H1-1,invoice,H1,0,CNY 0.00,true,missing_read,");
    }

    @Test
    void aLedgerThatBreaksWhatARunGuaranteesIsRefusedAtItsDocumentsAndLeftAsItWas(@TempDir Path dir) throws Exception {
        assertThat(run(folder(dir, "112")).code()).isZero();
        Path ledgerFile = dir.resolve("ledger.json");
        // The second invoice's id made the first's, and its total no longer the sum of its lines.
        String broken = Files.readString(ledgerFile)
                .replace("INV-2015-05-H2-1", "INV-2015-05-H1-1")
                .replace("\"total\" : \"CNY 34.80\"", "\"total\" : \"CNY 3.48\"");
        Files.writeString(ledgerFile, broken);

        Run r = run(dir);

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().lines())
                .singleElement()
                .asString()
                .startsWith("ledger.json:1:3: [0]: expected a valid Bill, found bill INV-2015-05-H1-1: total CNY"
                        + " 3.48 is not the sum of its lines, CNY 34.80");
        Files.writeString(ledgerFile, broken.replace("CNY 3.48", "CNY 34.80"));
        Run again = run(dir);
        assertThat(again.err().lines())
                .containsExactly("ledger.json:18:4: id: expected each document id once, found INV-2015-05-H1-1 again"
                        + " (first at line 1)");
        assertThat(Files.readString(ledgerFile)).isEqualTo(broken.replace("CNY 3.48", "CNY 34.80"));
    }
}
