package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Household;

class CollectionCommandsTest {

    /** Two metered households of a small demo county, billed for May 2015; the first pays its bill in June. */
    private static Path billed(Path dir, County county) throws Exception {
        List<Household> two = county.households().stream()
                .filter(h -> h.meter().isPresent())
                .limit(2)
                .toList();
        Path folder = Files.createDirectories(dir.resolve("billing"));
        StringBuilder accounts = new StringBuilder("household,tariff,members,meters,subsidy_category,quota\n");
        StringBuilder meters = new StringBuilder("id,household,diameter,digits,verified_on\n");
        StringBuilder readings = new StringBuilder("meter,read_on,value,kind\n");
        for (Household h : two) {
            String m = h.meter().orElseThrow().value();
            accounts.append(h.id())
                    .append(",CN-JS-JIANGDU-RURAL-RESIDENTIAL,3,")
                    .append(m)
                    .append(",,\n");
            meters.append(m).append(',').append(h.id()).append(",15,5,2014-01-01\n");
            readings.append(m).append(",2015-04-28,100,actual\n").append(m).append(",2015-05-29,110,actual\n");
        }
        Files.writeString(folder.resolve("accounts.csv"), accounts);
        Files.writeString(folder.resolve("meters.csv"), meters);
        Files.writeString(folder.resolve("readings.csv"), readings);
        Files.writeString(
                folder.resolve("payments.csv"),
                "id,household,paid_on,amount,reverses\nP1," + two.get(0).id() + ",2015-06-10,CNY 29.00,\n");
        assertThat(Run.of("billing", "run", "--period", "2015-05", folder.toString())
                        .code())
                .isZero();
        return folder;
    }

    @Test
    void arrearsAreBandedByDaysPastDueOrListedByHousehold(@TempDir Path dir) throws Exception {
        County county = DemoCounty.writeTo(dir.resolve("county"), 300, 5);
        Path folder = billed(dir, county);

        Run bands = Run.of("billing", "arrears", "--as-of", "2015-09-30", "--format", "csv", folder.toString());
        Run households = Run.of(
                "billing", "arrears", "--as-of", "2015-09-30", "--households", "--format", "csv", folder.toString());

        assertThat(bands.code()).isZero();
        assertThat(bands.out()).startsWith("band,outstanding\n").contains("CNY 29.00");
        assertThat(households.out().lines().skip(1))
                .hasSize(2)
                .anySatisfy(l -> assertThat(l).contains(",CNY 0.00,"));
        assertThat(Run.of("billing", "arrears", "--as-of", "2015-09-30", dir.toString())
                        .err())
                .contains("has no ledger.json");
    }

    @Test
    void theCollectionRateIsCollectedOverDuePerTownship(@TempDir Path dir) throws Exception {
        County county = DemoCounty.writeTo(dir.resolve("county"), 300, 5);
        Path folder = billed(dir, county);

        Run r = Run.of(
                "billing",
                "collection-rate",
                "--period",
                "2015",
                "--as-of",
                "2015-12-31",
                "--county",
                dir.resolve("county").toString(),
                "--level",
                "county",
                "--format",
                "csv",
                folder.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("region,collected,due,percent\n539821,CNY 29.00,CNY 58.00,50.00\n");
    }

    @Test
    void theProblemsOfTheLedgerAndOfThePaymentsAreListedTogether(@TempDir Path dir) throws Exception {
        County county = DemoCounty.writeTo(dir.resolve("county"), 300, 5);
        Path folder = billed(dir, county);
        Path ledger = folder.resolve("ledger.json");
        String text = Files.readString(ledger);
        // The second invoice takes the first one's id.
        String second = text.substring(text.indexOf("}, {"));
        String firstId = text.substring(text.indexOf("INV-"), text.indexOf("\"", text.indexOf("INV-")));
        String secondId = second.substring(second.indexOf("INV-"), second.indexOf("\"", second.indexOf("INV-")));
        Files.writeString(ledger, text.replace(secondId, firstId));
        Files.writeString(
                folder.resolve("payments.csv"),
                "# receipts of June\nid,household,paid_on,amount,reverses\nP1,H1,2015-06-10,CNY 1e400,\n");

        Run r = Run.of("billing", "arrears", "--as-of", "2015-09-30", folder.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().lines())
                .hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("id: expected each document id once, found " + firstId))
                .anySatisfy(l -> assertThat(l).startsWith("payments.csv:3:1: (row): expected a valid Payment"));
    }
}
