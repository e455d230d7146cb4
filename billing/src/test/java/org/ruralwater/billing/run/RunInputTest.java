package org.ruralwater.billing.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.billing.reading.ReadingPolicy;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.HouseholdId;

/** A billing folder read with its comment lines, and every problem of a run at its file, line and column. */
class RunInputTest {

    private static final Period.Month MAY = Period.month(2015, 5);
    private static final String RURAL = "CN-JS-JIANGDU-RURAL-RESIDENTIAL";

    private final BillRun run = BillRun.of(Tariffs.bundled(), ReadingPolicy.DEFAULT, Subsidies.bundled("jiangdu-2015"));

    @TempDir
    Path folder;

    private void write(String file, String text) throws IOException {
        Files.writeString(folder.resolve(file), text);
    }

    /** The problems the run over the folder refuses with; fails when it does not refuse. */
    private List<String> problemsOf(BillRun run, Period.Month period) {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> run.run(period, RunInput.read(folder), Ledger.empty()));
        assertThat(e).as("the run should refuse its input").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void everyProblemIsAtItsLineOfAFileWithCommentLinesAndAtTheColumnItsHeaderGivesTheField() throws IOException {
        write("accounts.csv", """
                # The office's accounts, exported 2015-05-30: comment lines come first, as the conventions ask
                household,tariff,members,meters,subsidy_category,quota
                H1,CN-JS-JIANGDU-RURAL-RESIDENTIAL,3,M1,,
                # Village 2
                H2,CN-JS-JIANGDU-RURAL-RESIDENTIAL,5,M2,vip,

                H1,NOPE,2,M9,,
                H3,CN-JS-JIANGDU-RURAL-RESIDENTIAL,2,M1,,
                """);
        // The register names its columns in another order: a problem with the id is in column 2.
        write("meters.csv", """
                # The county's meter register
                household,id,diameter,digits,verified_on
                H1,M1,15,5,2014-01-01
                H2,M2,15,5,2014-01-01
                # listed again by mistake
                H2,M2,15,5,2014-01-01
                H4,M4,15,4,2014-01-01
                """);
        write("readings.csv", """
                # May's readings, from the reader's book
                read_on,meter,value,kind
                2015-04-28,M1,100,actual
                2015-05-29,M1,112,actual
                # the next household
                2015-04-28,M2,500,actual
                2015-05-29,M2,123456,actual
                2015-05-29,M4,12345,actual
                2015-05-29,M5,12,actual
                """);

        assertThat(problemsOf(run, MAY))
                .containsExactly(
                        "accounts.csv:5:5: subsidy_category: expected a category of subsidy scheme jiangdu-2015,"
                                + " found \"vip\"",
                        "accounts.csv:7:1: household: expected each household once, found H1 again",
                        "accounts.csv:7:2: tariff: expected a known tariff, found \"NOPE\"",
                        "accounts.csv:7:4: meters: expected a meter listed in meters, found M9",
                        "accounts.csv:8:4: meters: expected a meter no other account has, found M1",
                        "meters.csv:6:2: id: expected each meter once, found M2 again (first at line 4)",
                        "readings.csv:7:3: value: expected a reading of the 5-digit register of meter M2 from 0 and"
                                + " below 100000 m³, found \"123456\"",
                        "readings.csv:8:2: meter: expected a meter of an account, found M4",
                        "readings.csv:8:3: value: expected a reading of the 4-digit register of meter M4 from 0 and"
                                + " below 10000 m³, found \"12345\"",
                        "readings.csv:9:2: meter: expected a meter of an account, found M5");
    }

    @Test
    void aFileThatCannotBeReadIsReportedWithTheOthersAndTheReadingsAreStillCheckedAgainstTheRegister()
            throws IOException {
        write("accounts.csv", """
                # one bad row
                household,tariff,members,meters,subsidy_category,quota
                H1,CN-JS-JIANGDU-RURAL-RESIDENTIAL,three,M1,,
                H2,CN-JS-JIANGDU-RURAL-RESIDENTIAL,2,M2,,-3
                """);
        write("meters.csv", """
                id,household,diameter,digits,verified_on
                M1,H1,15,5,2014-01-01
                M1,H1,15,5,2014-01-01
                """);
        write("readings.csv", """
                meter,read_on,value,kind
                # the register shows five digits
                M1,2015-04-28,100,actual
                M1,2015-05-29,100000,actual
                """);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> RunInput.read(folder));

        assertThat(e.problems())
                .extracting(p -> p.source() + ":" + p.line() + ":" + p.column() + ": " + p.field())
                .containsExactly(
                        "accounts.csv:3:36: members",
                        "accounts.csv:4:42: quota",
                        "meters.csv:3:1: id",
                        "readings.csv:4:3: value");
        assertThat(e.problems().get(1).toString())
                .contains("quota: expected a decimal number from 0 to 1000000000 m³, found \"-3\"");
    }

    @Test
    void aMonthWithoutAnyOfItsReadingsIsRefusedUnlessMissingReadsAreEstimated() throws IOException {
        write("accounts.csv", "household,tariff,members,meters,subsidy_category,quota\nH1," + RURAL + ",3,M1,,\n");
        write("meters.csv", "id,household,diameter,digits,verified_on\nM1,H1,15,5,2014-01-01\n");
        write("readings.csv", "meter,read_on,value,kind\nM1,2015-04-28,100,actual\n");

        assertThat(problemsOf(run, MAY))
                .containsExactly("readings.csv: read_on: expected at least one reading taken in 2015-05, unless"
                        + " missing readings are to be estimated, found 1 readings, none taken in 2015-05");
        RunResult estimated = run.estimatingMissingReads().run(MAY, RunInput.read(folder), Ledger.empty());
        assertThat(estimated.issued())
                .singleElement()
                .satisfies(b -> assertThat(b.estimated()).isTrue());
    }

    @Test
    void aUseBeyondWhatAPeriodCanUseIsAProblemAtTheAccountEvenWhenEachReadingFitsItsRegister() throws IOException {
        write("accounts.csv", "household,tariff,members,meters,subsidy_category,quota\nH1," + RURAL + ",3,M1;M2,,\n");
        write("meters.csv", """
                id,household,diameter,digits,verified_on
                M1,H1,100,9,2014-01-01
                M2,H1,100,9,2014-01-01
                """);
        write("readings.csv", """
                meter,read_on,value,kind
                M1,2015-04-28,0,actual
                M1,2015-05-29,600000000,actual
                M2,2015-04-28,0,actual
                M2,2015-05-29,600000000,actual
                """);

        assertThat(problemsOf(run, MAY))
                .containsExactly("accounts.csv:2:4: meters: expected a period's use of the account's meters from 0 to"
                        + " 1000000000 m³, found 1200000000");
    }

    @Test
    void aBillTheTariffCannotMakeForTheAccountIsAProblemAtItsLineNotAFailureOfTheRun() throws IOException {
        // The quota tariff sets no quota of its own: an account under it must give one.
        write("accounts.csv", """
                household,tariff,members,meters,subsidy_category,quota
                H1,EXAMPLE-NON-RESIDENTIAL-QUOTA,3,M1,,
                H2,EXAMPLE-NON-RESIDENTIAL-QUOTA,3,M2,,30
                """);
        write("meters.csv", """
                id,household,diameter,digits,verified_on
                M1,H1,15,5,2014-01-01
                M2,H2,15,5,2014-01-01
                """);
        write("readings.csv", """
                meter,read_on,value,kind
                M1,2021-04-28,100,actual
                M1,2021-05-29,150,actual
                M2,2021-04-28,100,actual
                M2,2021-05-29,150,actual
                """);

        assertThat(problemsOf(run, Period.month(2021, 5)))
                .singleElement()
                .asString()
                .startsWith("accounts.csv:2:2: tariff: expected a bill the tariff can make for the account, found")
                .contains("needs a quota");
    }

    @Test
    void rowsGivenAsPlainListsAreNumberedAsAFileWithoutCommentsAndTheirFieldsInTheRecordsOrder() {
        List<Account> accounts =
                List.of(new Account(HouseholdId.of("H1"), "NOPE", 3, List.of(), Optional.empty(), Optional.empty()));
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> run.run(MAY, accounts, Map.of(), List.of(), Ledger.empty()));

        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "accounts.csv:2:2: tariff: expected a known tariff, found \"NOPE\"",
                        "accounts.csv:2:4: meters: expected at least one meter for a metered bill, found none",
                        "readings.csv: read_on: expected at least one reading taken in 2015-05, unless missing"
                                + " readings are to be estimated, found 0 readings, none taken in 2015-05");
    }
}
