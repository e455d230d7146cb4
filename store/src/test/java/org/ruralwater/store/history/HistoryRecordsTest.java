package org.ruralwater.store.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.assurance.monitoring.ProblemLedger;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.Timeliness;
import org.ruralwater.maintenance.workorder.WorkOrder;
import org.ruralwater.qualityrules.compliance.ComplianceReport;
import org.ruralwater.qualityrules.compliance.SampleSelection;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Standards;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.collection.FeeCollection;
import org.ruralwater.store.maintenance.RepairTimeliness;
import org.ruralwater.store.quality.PassRate;
import org.ruralwater.store.quality.QualityRecords;
import org.ruralwater.store.quality.StoredSample;
import org.ruralwater.store.tickets.OpenProblems;

/**
 * The demo year in the store (a 400-household county): imported once, all of it; again, nothing changes; and
 * each dashboard figure the store gives equals the one the domain module computes from the files.
 */
class HistoryRecordsTest {

    private static final Actor DEMO = Actor.user("demo");
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @TempDir
    static Path year;

    static County county;

    @BeforeAll
    static void writeTheYear() {
        county = DemoYearFolder.write(year);
    }

    private static Evaluator evaluator() {
        return Evaluator.of(Standards.bundled().get(HistoryRecords.DEFAULT_STANDARD))
                .asTested();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theYearLandsOnceAndEveryFigureIsTheDomainModulesOwn(TestDatabase db, @TempDir Path dir) throws IOException {
        try (Store store = Store.open(db.location(dir))) {
            HistoryRecords.Imported first = store.history().importFolder(Scope.everything(), DEMO, year);
            List<Sample> samples = SampleFile.read(
                    year.resolve("quality/samples.csv"), evaluator().standard());
            assertThat(first.files().get(HistoryFolder.SAMPLES).inserted()).isEqualTo(samples.size());
            // The generator's seven tickets (it draws no 水质较差 one for this county) and the two that escalation's
            // links open for the year's failed samples of finished water.
            assertThat(first.files().get(HistoryFolder.TICKETS).inserted()).isEqualTo(9);
            assertThat(first.files().get(HistoryFolder.WORK_ORDERS).inserted()).isEqualTo(21);
            assertThat(first.files().get(HistoryFolder.PATROLS).inserted()).isEqualTo(52);
            assertThat(first.files().get(HistoryFolder.OBSERVATIONS).inserted()).isEqualTo(400);
            assertThat(first.billRuns()).isEqualTo(12);
            Map<String, Long> counts = store.status(Scope.everything()).counts();
            assertThat(counts)
                    .containsEntry("samples", (long) samples.size())
                    .containsEntry(
                            "determinations",
                            samples.stream()
                                    .mapToLong(s -> evaluator()
                                            .evaluate(s)
                                            .determinations()
                                            .size())
                                    .sum())
                    .containsEntry("tickets", 9L)
                    .containsEntry("screening_results", 400L);
            long audited = counts.get("audit_entries");

            // The same folder again changes nothing: no row, no document, no audit entry.
            HistoryRecords.Imported again = store.history().importFolder(Scope.everything(), DEMO, year);
            assertThat(again.changes()).isZero();
            assertThat(store.status(Scope.everything()).counts()).isEqualTo(counts);
            assertThat(store.status(Scope.everything()).counts().get("audit_entries"))
                    .isEqualTo(audited);

            passRatesAreQualityRulesOwn(store, samples);
            qualityTicketsAndSignalsFollowFromTheSamples(store, samples);
            openProblemsAreTheLedgersOwn(store);
            repairTimelinessIsMaintenancesOwn(store);
            feeCollectionIsCounted(store);
            aTownshipSeesOnlyItsOwn(store);
        }
    }

    private static void passRatesAreQualityRulesOwn(Store store, List<Sample> samples) {
        RegionCode countyCode =
                county.regions().atLevel(RegionLevel.COUNTY).get(0).code();
        List<PassRate> rates = store.quality()
                .passRates(Scope.everything(), RegionLevel.COUNTY, JANUARY, DECEMBER, QualityRecords.FINISHED_WATER);
        assertThat(rates).hasSize(12).allMatch(r -> r.of().equals(countyCode.value()));
        for (PassRate r : rates) {
            var selection = SampleSelection.sampledIn(
                            Period.month(2026, r.month().getMonthValue()))
                    .and(SampleSelection.at(SamplingPoint.OUTLET).or(SampleSelection.at(SamplingPoint.TAP)));
            ComplianceReport report = ComplianceReport.of(samples, evaluator(), selection);
            assertThat(r.rate()).as(r.month().toString()).isEqualTo(report.samples());
        }
        // Per works, the counts add up to the county's.
        List<PassRate> byWorks =
                store.quality().passRatesByWorks(Scope.everything(), JANUARY, DECEMBER, QualityRecords.FINISHED_WATER);
        assertThat(byWorks.stream().mapToLong(PassRate::samples).sum())
                .isEqualTo(rates.stream().mapToLong(PassRate::samples).sum());
        // A stored sample keeps its verdict's clause and standard.
        List<StoredSample> july = store.quality().samples(Scope.everything(), YearMonth.of(2026, 7));
        assertThat(july).isNotEmpty().allMatch(s -> s.standard().equals("GB5749-2022"));
        assertThat(july.get(0).determinations())
                .isNotEmpty()
                .allMatch(d -> !d.clause().isBlank());
    }

    private static void qualityTicketsAndSignalsFollowFromTheSamples(Store store, List<Sample> samples) {
        List<Ticket> quality = store.tickets().tickets(Scope.everything()).stream()
                .filter(t -> t.type() == org.ruralwater.assurance.monitoring.ProblemType.POOR_QUALITY)
                .toList();
        assertThat(quality)
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(QualityLinks.tickets(samples, county.works(), evaluator()));
        org.ruralwater.escalation.watch.Outcome outcome = QualityLinks.outcome(samples, county.works(), evaluator());
        assertThat(quality)
                .extracting(Ticket::id)
                .containsExactlyInAnyOrderElementsOf(
                        outcome.tickets().stream().map(e -> e.ticket().id()).toList());
        // A ticket with its passing re-test is closed with the re-test as its evidence; one without stays open.
        for (org.ruralwater.escalation.watch.EscalatedTicket e : outcome.tickets()) {
            Ticket stored = quality.stream()
                    .filter(t -> t.id().equals(e.ticket().id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(stored.state() == Ticket.State.CLOSED)
                    .isEqualTo(e.passingRetest().isPresent());
            e.passingRetest()
                    .ifPresent(r -> assertThat(stored.history()
                                    .get(stored.history().size() - 1)
                                    .note())
                            .contains(r));
        }
        assertThat(store.screening().monitoring().signals(Scope.everything()))
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(outcome.signals());
        assertThat(store.screening().monitoring().monitored(Scope.everything()))
                .containsExactlyElementsOf(org.ruralwater.core.datafile.CsvReader.forRecord(
                                org.ruralwater.assurance.monitoring.MonitoredHousehold.class)
                        .read(year.resolve("assurance/monitored.csv")));
    }

    private static void openProblemsAreTheLedgersOwn(Store store) {
        List<Ticket> tickets = JsonReader.forRecord(Ticket.class).readList(year.resolve("assurance/tickets.json"));
        ProblemLedger ledger = new ProblemLedger(tickets);
        assertThat(store.tickets().tickets(Scope.everything())).containsExactlyInAnyOrderElementsOf(tickets);
        for (LocalDate on : List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 12, 31))) {
            List<OpenProblems> open = store.tickets().openProblems(Scope.everything(), RegionLevel.COUNTY, on);
            assertThat(open).hasSize(1);
            int overdue = ledger.overdue(on).size();
            assertThat(open.get(0).overdue()).as("overdue on " + on).isEqualTo(overdue);
            boolean zero =
                    !ledger.countiesAtZero(List.of(open.get(0).region()), on).isEmpty();
            assertThat(open.get(0).atZero()).isEqualTo(zero);
        }
        assertThat(store.tickets().overdue(Scope.everything(), LocalDate.of(2026, 12, 31)))
                .containsExactlyInAnyOrderElementsOf(ledger.overdue(LocalDate.of(2026, 12, 31)));
        List<OpenProblems> trend =
                store.tickets().openProblems(Scope.everything(), RegionLevel.COUNTY, JANUARY, DECEMBER);
        assertThat(trend).hasSize(12);
        assertThat(trend.get(11))
                .isEqualTo(store.tickets()
                        .openProblems(Scope.everything(), RegionLevel.COUNTY, LocalDate.of(2026, 12, 31))
                        .get(0));
        // Townships: every township of the county has a row, those at zero included.
        List<OpenProblems> townships =
                store.tickets().openProblems(Scope.everything(), RegionLevel.TOWNSHIP, LocalDate.of(2026, 12, 31));
        assertThat(townships)
                .hasSize(county.regions().atLevel(RegionLevel.TOWNSHIP).size());
    }

    private static void repairTimelinessIsMaintenancesOwn(Store store) {
        ResponseCommitments c = ResponseCommitments.countyExample();
        List<WorkOrder> orders = CsvReader.forRecord(WorkOrder.class).read(year.resolve("maintenance/work-orders.csv"));
        List<RepairTimeliness> byMonth =
                store.maintenance().repairTimeliness(Scope.everything(), RegionLevel.COUNTY, JANUARY, DECEMBER, c);
        assertThat(byMonth).isNotEmpty();
        for (RepairTimeliness r : byMonth) {
            Timeliness t = c.timeliness(orders, r.month().atDay(1), r.month().atEndOfMonth(), WorkCalendar.china());
            assertThat(List.of(r.met(), r.due())).as(r.month().toString()).isEqualTo(List.of(t.met(), t.due()));
        }
        assertThat(store.maintenance().workOrders(Scope.everything(), JANUARY, DECEMBER))
                .containsExactlyElementsOf(orders);
    }

    private static void feeCollectionIsCounted(Store store) {
        List<FeeCollection> months = store.collection()
                .feeCollection(Scope.everything(), RegionLevel.COUNTY, JANUARY, DECEMBER, LocalDate.of(2026, 12, 31));
        assertThat(months).hasSize(12);
        assertThat(months).allSatisfy(m -> assertThat(m.due().isPositive()).isTrue());
        // The demo's payments come to 90–95% of the year's bills; a month's, as of the year's end, near that.
        assertThat(months.get(0).percent().orElseThrow())
                .isBetween(new java.math.BigDecimal("80"), new java.math.BigDecimal("100"));
    }

    private static void aTownshipSeesOnlyItsOwn(Store store) {
        RegionCode township =
                county.regions().atLevel(RegionLevel.TOWNSHIP).get(0).code();
        Scope scope = Scope.of(township);
        assertThat(store.tickets().tickets(scope)).allMatch(t -> t.village().isWithin(township));
        assertThat(store.screening().results(scope))
                .isNotEmpty()
                .allMatch(r -> r.village().isWithin(township));
        assertThat(store.maintenance().workOrders(scope, JANUARY, DECEMBER))
                .allMatch(w -> w.village().isWithin(township));
        assertThat(store.quality()
                        .passRates(scope, RegionLevel.TOWNSHIP, JANUARY, DECEMBER, QualityRecords.FINISHED_WATER))
                .allMatch(r -> r.of().equals(township.value()));
        assertThat(store.tickets().openProblems(scope, RegionLevel.TOWNSHIP, LocalDate.of(2026, 12, 31)))
                .extracting(OpenProblems::region)
                .containsExactly(township);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aYearWithProblemsInSeveralFilesWritesNothingAndLocatesEveryOne(TestDatabase db, @TempDir Path dir)
            throws IOException {
        Path broken = dir.resolve("broken");
        copy(year, broken);
        Path orders = broken.resolve("maintenance/work-orders.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(orders, StandardCharsets.UTF_8));
        lines.set(3, lines.get(3).replace(",2026-", ",2026-13-"));
        Files.write(orders, lines, StandardCharsets.UTF_8);
        Path tickets = broken.resolve("assurance/tickets.json");
        Files.writeString(
                tickets, Files.readString(tickets).replaceFirst("\"state\": \"assigned\"", "\"state\": \"assignd\""));
        try (Store store = Store.open(db.location(dir))) {
            InvalidInputException e = catchThrowableOfType(
                    () -> store.history().importFolder(Scope.everything(), DEMO, broken), InvalidInputException.class);
            assertThat(e.problems().stream().map(Problem::source).collect(Collectors.toSet()))
                    .isEqualTo(Set.of("maintenance/work-orders.csv", "assurance/tickets.json"));
            assertThat(e.problems()).allMatch(p -> p.line() > 0);
            assertThat(store.status(Scope.everything()).counts())
                    .containsEntry("samples", 0L)
                    .containsEntry("tickets", 0L)
                    .containsEntry("readings", 0L);
            assertThat(store.status(Scope.everything()).counts().getOrDefault("households", 0L))
                    .isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStoredSampleIsNotRewritten(TestDatabase db, @TempDir Path dir) throws IOException {
        Path changed = dir.resolve("changed");
        Files.createDirectories(changed.resolve("quality"));
        Path samples = year.resolve("quality/samples.csv");
        try (Store store = Store.open(db.location(dir))) {
            Files.copy(samples, changed.resolve("quality/samples.csv"));
            store.history().importFolder(Scope.everything(), DEMO, changed, HistoryRecords.Rules.bundled());
            List<String> lines = new ArrayList<>(Files.readAllLines(samples, StandardCharsets.UTF_8));
            lines.set(2, lines.get(2).replaceFirst(",turbidity,[0-9.]+,", ",turbidity,0.01,"));
            assertThat(lines.get(2)).isNotEqualTo(Files.readAllLines(samples).get(2));
            Files.write(changed.resolve("quality/samples.csv"), lines, StandardCharsets.UTF_8);
            InvalidInputException e = catchThrowableOfType(
                    () -> store.history().importFolder(Scope.everything(), DEMO, changed), InvalidInputException.class);
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.source()).isEqualTo("quality/samples.csv");
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.field()).isEqualTo("sample_id");
            });
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
