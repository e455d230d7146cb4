package org.ruralwater.store.history;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.ruralwater.assurance.monitoring.Signal;
import org.ruralwater.assurance.safewater.SafeWaterRules;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.reading.ReadingPolicy;
import org.ruralwater.billing.run.BillRun;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.billing.BillingRecords;
import org.ruralwater.store.county.CountyRecords;
import org.ruralwater.store.database.Database;
import org.ruralwater.store.database.RecordRows;
import org.ruralwater.store.database.Staged;
import org.ruralwater.store.maintenance.MaintenanceRecords;
import org.ruralwater.store.quality.QualityRecords;
import org.ruralwater.store.screening.MonitoringRecords;
import org.ruralwater.store.screening.ScreeningRecords;
import org.ruralwater.store.tickets.TicketRecords;
import org.ruralwater.store.wording.StoreWords;

/**
 * Imports a county's year of records, as {@code ruralwater demo --history} writes them, with the domain
 * modules' own readers and rules (quality-rules' evaluator, assurance's safe-water rules, maintenance's
 * response commitments, billing's bill run): the store only calls them.
 *
 * <p>Every file is read and checked first, and any problem of any file stops the import with every problem
 * and nothing written. Then, each in one transaction: the county records, the billing folder, the year's
 * records of the other modules (samples, screening, monitored households, tickets, work orders, patrols, and
 * the risk signals escalation's links raise for the failed samples: one transaction for all of them), and a
 * bill run per month of readings. Each part is idempotent, so the same folder again changes
 * nothing, and an import stopped part-way (a lost connection) is completed by running it again.
 */
public final class HistoryRecords {

    /** The standard the year's samples are held to unless told otherwise. */
    public static final String DEFAULT_STANDARD = "GB5749-2022";

    /** What an import did, file by file (inserted, updated, unchanged), and the bill runs that issued documents. */
    public record Imported(
            Map<String, RecordRows.Counts> files, int billRuns, int documents, Map<String, Duration> took) {
        public Imported {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
            took = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(took));
        }

        /** What an import did, without timings. */
        public Imported(Map<String, RecordRows.Counts> files, int billRuns, int documents) {
            this(files, billRuns, documents, Map.of());
        }

        /** Rows inserted or updated over every file, and documents issued: zero when the import changed nothing. */
        public long changes() {
            long n = documents;
            for (RecordRows.Counts c : files.values()) {
                n += c.inserted() + c.updated();
            }
            return n;
        }
    }

    /**
     * How the year is judged: the evaluator of the samples, the safe-water rule set, the response commitments
     * and the library's bill run (empty: no bill runs).
     */
    public record Rules(
            Evaluator evaluator,
            SafeWaterRules safeWater,
            String ruleSet,
            ResponseCommitments commitments,
            Optional<BillRun> billRun) {

        public Rules {
            requireNonNull(evaluator, "evaluator");
            requireNonNull(safeWater, "safeWater");
            requireNonNull(ruleSet, "ruleSet");
            requireNonNull(commitments, "commitments");
            requireNonNull(billRun, "billRun");
        }

        /**
         * The bundled rules, as the CLI's commands use them by default: GB 5749-2022 as tested, T/CHES 18-2018,
         * the county example's commitments, and the bundled tariffs without subsidies.
         */
        public static Rules bundled() {
            Standard standard = Standards.bundled().get(DEFAULT_STANDARD);
            return new Rules(
                    Evaluator.of(standard).asTested(),
                    SafeWaterRules.bundled(),
                    ScreeningRecords.DEFAULT_RULE_SET,
                    ResponseCommitments.countyExample(),
                    Optional.of(BillRun.of(Tariffs.bundled(), ReadingPolicy.DEFAULT, Subsidies.none())));
        }

        /** The same rules without bill runs (the ledger is left as it is). */
        public Rules withoutBillRuns() {
            return new Rules(evaluator, safeWater, ruleSet, commitments, Optional.empty());
        }
    }

    private final Database database;
    private final CountyRecords county;
    private final BillingRecords billing;

    private HistoryRecords(Database database, CountyRecords county, BillingRecords billing) {
        this.database = database;
        this.county = county;
        this.billing = billing;
    }

    /** For the store itself. */
    public static HistoryRecords on(Database database, CountyRecords county, BillingRecords billing) {
        return new HistoryRecords(
                requireNonNull(database, "database"),
                requireNonNull(county, "county"),
                requireNonNull(billing, "billing"));
    }

    /** Imports the folder with the bundled rules ({@link Rules#bundled}). */
    public Imported importFolder(Scope scope, Actor actor, Path folder) {
        return importFolder(scope, actor, folder, Rules.bundled());
    }

    /**
     * Imports the folder: all of it checked first, then each part in its transaction.
     *
     * @throws InvalidInputException listing every problem of every file, or every record outside the scope
     */
    public Imported importFolder(Scope scope, Actor actor, Path folder, Rules rules) {
        requireNonNull(scope, "scope");
        requireNonNull(actor, "actor");
        requireNonNull(folder, "folder");
        requireNonNull(rules, "rules");
        Map<String, Duration> took = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        HistoryFolder files = HistoryFolder.read(folder, rules.evaluator().standard());
        t0 = lap(took, "read and check", t0);
        if (files.county() == null && files.billing() == null && !HistoryFolder.hasRecords(folder)) {
            throw new InvalidInputException(List.of(new Problem(
                    folder.toString(),
                    0,
                    0,
                    "folder",
                    Phrase.of(StoreWords.HISTORY_FILES),
                    Phrase.of(StoreWords.HISTORY_NONE))));
        }
        Map<String, RecordRows.Counts> counts = new LinkedHashMap<>();
        if (files.county() != null) {
            CountyRecords.Imported c = county.importCounty(scope, actor, files.county());
            counts.put("county", new RecordRows.Counts(c.inserted(), c.updated(), c.unchanged()));
            t0 = lap(took, "county", t0);
        }
        List<LocalDate> readingMonths = List.of();
        if (files.billing() != null) {
            BillingRecords.Imported b = billing.importFolder(scope, actor, files.billing());
            counts.put("billing", new RecordRows.Counts(b.inserted(), b.updated(), b.unchanged()));
            readingMonths = readingMonths(folder.resolve("billing"));
            t0 = lap(took, "billing", t0);
        }
        database.ensureMonths(QualityRecords.months(files.samples()), QualityRecords.TABLES);
        List<Signal> signals =
                QualityLinks.signals(files.samples(), county.works(Scope.everything()), rules.evaluator());
        counts.putAll(database.inTransaction(h -> {
            Instant at = Instant.now();
            Map<String, String> worksRegion =
                    RecordRows.of("works", SupplyWorks.class).regions(h);
            List<Staged> parts = List.of(
                    QualityRecords.stage(h, scope, actor, at, files.samples(), rules.evaluator(), worksRegion),
                    ScreeningRecords.stage(
                            h, scope, actor, at, files.observations(), rules.safeWater(), rules.ruleSet()),
                    MonitoringRecords.stageMonitored(h, scope, actor, at, files.monitored()),
                    TicketRecords.stage(h, scope, actor, at, files.tickets()),
                    MaintenanceRecords.stageWorkOrders(h, scope, actor, at, files.workOrders(), rules.commitments()),
                    MaintenanceRecords.stagePatrols(h, scope, actor, at, files.patrols(), worksRegion),
                    MonitoringRecords.stageSignals(h, scope, actor, at, signals));
            List<Problem> problems = new ArrayList<>();
            parts.forEach(p -> problems.addAll(p.problems()));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Map<String, RecordRows.Counts> written = new LinkedHashMap<>();
            List<String> names = List.of(
                    HistoryFolder.SAMPLES,
                    HistoryFolder.OBSERVATIONS,
                    HistoryFolder.MONITORED,
                    HistoryFolder.TICKETS,
                    HistoryFolder.WORK_ORDERS,
                    HistoryFolder.PATROLS,
                    MonitoringRecords.SIGNALS);
            for (int i = 0; i < parts.size(); i++) {
                written.put(names.get(i), parts.get(i).write().get());
            }
            return written;
        }));
        t0 = lap(took, "samples, screening, tickets, work orders, patrols", t0);
        int runs = 0;
        int documents = 0;
        if (rules.billRun().isPresent()) {
            for (LocalDate month : readingMonths) {
                BillingRecords.StoredRun run = billing.run(
                        scope,
                        actor,
                        Period.month(month.getYear(), month.getMonthValue()),
                        rules.billRun().get(),
                        null,
                        false);
                if (run.stored()) {
                    runs++;
                    documents += run.result().issued().size();
                }
            }
        }
        if (rules.billRun().isPresent() && !readingMonths.isEmpty()) {
            lap(took, "bill runs", t0);
        }
        return new Imported(counts, runs, documents, took);
    }

    private static long lap(Map<String, Duration> took, String part, long since) {
        long now = System.nanoTime();
        took.put(part, Duration.ofNanos(now - since));
        return now;
    }

    /** Whether the store owes the demo platform its demo year (planned at its first start, not finished). */
    public DemoYearLoad demoYearLoad() {
        return new DemoYearLoad(database);
    }

    /**
     * Imports the demo county's year (what {@code ruralwater demo --history} writes for the county, seed and
     * year) with the bundled rules: the county records, then the generated files, written to a temporary
     * folder that is deleted afterwards. Idempotent, as every import is: a store that holds the year already
     * is not changed.
     */
    public Imported importDemoYear(Scope scope, Actor actor, County county, long seed, int year) {
        return importDemoYear(scope, actor, county, seed, year, Rules.bundled());
    }

    /** As {@link #importDemoYear(Scope, Actor, County, long, int)}, with the rules given. */
    public Imported importDemoYear(Scope scope, Actor actor, County county, long seed, int year, Rules rules) {
        requireNonNull(county, "county");
        requireNonNull(rules, "rules");
        Path folder;
        try {
            folder = Files.createTempDirectory("ruralwater-demo-year");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the demo year", e);
        }
        try {
            CountyRecords.Imported c = this.county.importCounty(scope, actor, county);
            DemoHistory.write(county, seed, year, folder);
            Imported rest = importFolder(scope, actor, folder, rules);
            Map<String, RecordRows.Counts> files = new LinkedHashMap<>();
            files.put("county", new RecordRows.Counts(c.inserted(), c.updated(), c.unchanged()));
            files.putAll(rest.files());
            return new Imported(files, rest.billRuns(), rest.documents(), rest.took());
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind is no harm to the store; the OS clears it.
        }
    }

    /**
     * The months to bill: those of the folder's readings after the first, whose readings open the meters'
     * use (the demo's opening read in December of the year before).
     */
    private static List<LocalDate> readingMonths(Path billingFolder) {
        TreeSet<LocalDate> months = new TreeSet<>();
        for (MeterReading r : org.ruralwater.core.datafile.CsvReader.forRecord(MeterReading.class)
                .read(billingFolder.resolve("readings.csv"))) {
            months.add(r.readOn().withDayOfMonth(1));
        }
        if (!months.isEmpty()) {
            months.pollFirst();
        }
        return List.copyOf(months);
    }
}
