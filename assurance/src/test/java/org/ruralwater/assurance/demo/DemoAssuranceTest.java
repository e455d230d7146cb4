package org.ruralwater.assurance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.assurance.monitoring.MonitoredHousehold;
import org.ruralwater.assurance.monitoring.ProblemLedger;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.assurance.safewater.Assessment;
import org.ruralwater.assurance.safewater.Observation;
import org.ruralwater.assurance.safewater.SafeWaterRules;
import org.ruralwater.assurance.safewater.SafetyVerdict;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.demo.DemoCounty;

class DemoAssuranceTest {

    private static final County COUNTY = DemoCounty.generate(4_000, DemoCounty.DEFAULT_SEED);

    @Test
    void everyHouseholdIsScreenedMostlySafeAndTheLedgerHasOverdueRecurringAndReopenedTickets(@TempDir Path dir) {
        DemoAssurance.write(COUNTY, 7, 2026, dir);

        List<Observation> observations =
                CsvReader.forRecord(Observation.class).read(dir.resolve(DemoAssurance.OBSERVATIONS));
        List<Assessment> graded = observations.stream()
                .map(o -> SafeWaterRules.bundled().evaluate("T/CHES 18-2018", o))
                .toList();
        List<MonitoredHousehold> monitored =
                CsvReader.forRecord(MonitoredHousehold.class).read(dir.resolve(DemoAssurance.MONITORED));
        ProblemLedger ledger =
                new ProblemLedger(JsonReader.forRecord(Ticket.class).readList(dir.resolve(DemoAssurance.TICKETS)));

        assertThat(observations).hasSize(COUNTY.households().size());
        long safe =
                graded.stream().filter(a -> a.verdict() == SafetyVerdict.SAFE).count();
        assertThat(safe).isGreaterThan(graded.size() * 8L / 10);
        assertThat(graded).anySatisfy(a -> assertThat(a.verdict()).isEqualTo(SafetyVerdict.UNSAFE));
        assertThat(monitored).isNotEmpty();
        assertThat(ledger.tickets()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(ledger.overdue(LocalDate.of(2026, 12, 31))).isNotEmpty();
        assertThat(ledger.recurring(30)).isNotEmpty();
        assertThat(ledger.tickets()).anySatisfy(t -> assertThat(t.wasReopened()).isTrue());
        assertThat(ledger.tickets().stream()
                        .filter(t -> t.state() == Ticket.State.CLOSED)
                        .count())
                .isGreaterThan(ledger.tickets().size() * 7L / 10);
    }

    @Test
    void theSameCountySeedAndYearGiveTheSameBytes(@TempDir Path dir) throws Exception {
        DemoAssurance.write(COUNTY, 7, 2026, dir.resolve("a"));
        DemoAssurance.write(COUNTY, 7, 2026, dir.resolve("b"));

        for (String f : List.of(DemoAssurance.OBSERVATIONS, DemoAssurance.MONITORED, DemoAssurance.TICKETS)) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(f)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
        }
    }
}
