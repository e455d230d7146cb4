package org.ruralwater.cliapp.billing;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.reading.MeteredUse;
import org.ruralwater.billing.reading.ReadingPolicy;
import org.ruralwater.billing.run.Account;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.run.BillRun;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.billing.run.RunResult;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Progress;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.money.Money;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A month's bill run over a folder of accounts, meters and readings, kept in the folder's ledger. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run a month's bills over a folder holding accounts.csv (household, tariff, members, meters,",
            "subsidy_category, quota), meters.csv (the county's meter register) and readings.csv (meter, read_on,",
            "value, kind). All or nothing: any problem in any file stops the run with every problem listed. The",
            "documents issued are added to the folder's ledger.json; running again adds nothing, and a corrected",
            "reading gives a credit note and a new invoice. --dry-run prints the documents without keeping them.",
            "Exits 1 when a household's bill is blocked by a reading anomaly."
        },
        footer = {
            "",
            "Examples:",
            "  ruralwater billing run --period 2015-05 --dry-run county-billing/",
            "  ruralwater billing run --period 2015-05 --subsidies jiangdu-2015 county-billing/"
        })
public final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "the month to bill")
    YearMonth period;

    @Option(names = "--dry-run", description = "print the documents, keep nothing")
    boolean dryRun;

    @Option(
            names = "--subsidies",
            paramLabel = "NAME|FILE",
            description = "a subsidy scheme: a bundled name (jiangdu-2015) or a file (default: none)")
    @Nullable
    String subsidies;

    @Option(names = "--tariff-file", paramLabel = "FILE", description = "tariff files to add to the bundled ones")
    List<Path> tariffFiles = List.of();

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "threads for a county-sized run (default: every processor; 1: one thread); the bills"
                    + " are the same either way")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(paramLabel = "FOLDER")
    Path folder;

    @Override
    public Integer call() {
        OptionValues.atLeast(spec.commandLine(), "--threads", threads, 1);
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new NotDirectoryException(folder.toString()));
        }
        // A dry run writes nothing and reads a ledger that is only ever replaced whole, so it needs no lock.
        try (LedgerLock lock = dryRun ? null : LedgerLock.take(folder);
                Progress progress = Progress.start("bill run", 5, "steps")) {
            List<Account> accounts = CsvReader.forRecord(Account.class).read(folder.resolve("accounts.csv"));
            progress.step();
            Map<MeterId, Meter> meters = new HashMap<>();
            for (Meter m : CsvReader.forRecord(Meter.class).read(folder.resolve("meters.csv"))) {
                meters.put(m.id(), m);
            }
            progress.step();
            List<MeterReading> readings =
                    CsvReader.forRecord(MeterReading.class).read(folder.resolve("readings.csv"));
            progress.step();
            Path ledgerFile = folder.resolve("ledger.json");
            Ledger ledger = Ledger.of(LedgerFile.read(ledgerFile));
            Subsidies scheme = subsidies == null
                    ? Subsidies.none()
                    : subsidies.endsWith(".json") ? Subsidies.read(Path.of(subsidies)) : Subsidies.bundled(subsidies);
            BillRun run = BillRun.of(Tariffs.bundled().with(tariffFiles), ReadingPolicy.DEFAULT, scheme)
                    .withThreads(threads);
            RunResult result =
                    run.run(Period.month(period.getYear(), period.getMonthValue()), accounts, meters, readings, ledger);
            progress.step();
            Table table = Table.of("id", "kind", "household", "m3", "total", "estimated", "flags", "cancels");
            for (Bill b : result.issued()) {
                table.row(
                        b.id(),
                        b.kind().code(),
                        b.household(),
                        b.m3().toPlainString(),
                        b.total(),
                        b.estimated(),
                        String.join(";", b.flags().stream().map(f -> f.code()).toList()),
                        b.cancels().orElse(""));
            }
            table.write(output.format(), spec.commandLine().getOut());
            var err = spec.commandLine().getErr();
            for (MeteredUse u : result.blocked()) {
                err.println("blocked: " + u.household() + ": "
                        + String.join(
                                "; ",
                                u.anomalies().stream()
                                        .map(x -> x.code().code() + " (meter " + x.meter() + ", " + x.readOn() + "): "
                                                + x.message())
                                        .toList()));
            }
            if (!dryRun && !result.issued().isEmpty()) {
                LedgerFile.write(ledgerFile, result.ledger().documents());
            }
            progress.step();
            err.println(result.issued().size() + " documents " + (dryRun ? "would be issued (dry run)" : "issued")
                    + ", " + result.blocked().size() + " households blocked; subsidies by fund: "
                    + funds(result.subsidiesByFund()));
            err.flush();
            return result.blocked().isEmpty() ? ExitCode.OK : ExitCode.FAILURES;
        }
    }

    /** Each fund and its total, by fund name: "县财政 CNY 8.70, 村集体 CNY 1.20", or "none". */
    private static String funds(Map<String, Money> byFund) {
        if (byFund.isEmpty()) {
            return "none";
        }
        return String.join(
                ", ",
                new TreeMap<>(byFund)
                        .entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .toList());
    }
}
