package org.ruralwater.cliapp.billing;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.reading.MeteredUse;
import org.ruralwater.billing.reading.ReadingPolicy;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.run.BillRun;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.billing.run.RunInput;
import org.ruralwater.billing.run.RunResult;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Progress;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.cliapp.output.Wording;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A month's bill run over a folder of accounts, meters and readings, kept in the folder's ledger. */
@Command(name = "run", mixinStandardHelpOptions = true)
public final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
    YearMonth period;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Option(names = "--estimate-missing")
    boolean estimateMissing;

    @Option(names = "--subsidies", paramLabel = "NAME|FILE")
    @Nullable
    String subsidies;

    @Option(names = "--tariff-file", paramLabel = "FILE")
    List<Path> tariffFiles = List.of();

    @Option(names = "--threads", paramLabel = "N")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--store")
    boolean onStore;

    @Option(names = "--db", paramLabel = "URL|FOLDER")
    @Nullable
    String db;

    @Parameters(paramLabel = "FOLDER", arity = "0..1", descriptionKey = "run-folder")
    @Nullable
    Path folder;

    @Override
    public Integer call() {
        OptionValues.atLeast(spec.commandLine(), "--threads", threads, 1);
        if (onStore || db != null) {
            Tariffs tariffs = Tariffs.bundled().with(tariffFiles);
            return StoreBillRun.run(
                    db,
                    Period.month(period.getYear(), period.getMonthValue()),
                    storeRun(tariffs),
                    tariffs,
                    folder,
                    dryRun,
                    output,
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        if (folder == null) {
            throw OptionValues.usageError(spec.commandLine(), Phrase.of(CliWords.MISSING_FOLDER_OR_STORE));
        }
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new NotDirectoryException(folder.toString()));
        }
        // A dry run writes nothing and reads a ledger that is only ever replaced whole, so it needs no lock.
        Wording wording = output.wording();
        try (LedgerLock lock = dryRun ? null : LedgerLock.take(folder);
                Progress progress = Progress.start(
                        wording.say(Phrase.of(CliWords.PROGRESS_BILL_RUN)),
                        5,
                        wording.say(Phrase.of(CliWords.PROGRESS_STEPS)))) {
            // Every file is read and every check that its inputs allow is made before any problem is shown.
            List<Problem> problems = new ArrayList<>();
            RunInput input = readOrCollect(problems, () -> RunInput.read(folder));
            progress.step();
            Path ledgerFile = folder.resolve("ledger.json");
            Ledger ledger = readOrCollect(problems, () -> LedgerFile.read(ledgerFile));
            progress.step();
            Subsidies scheme = subsidies == null ? Subsidies.none() : readOrCollect(problems, this::scheme);
            Tariffs tariffs = readOrCollect(problems, () -> Tariffs.bundled().with(tariffFiles));
            progress.step();
            RunResult result = null;
            if (input != null) {
                BillRun run = BillRun.of(
                                tariffs != null ? tariffs : Tariffs.bundled(),
                                ReadingPolicy.DEFAULT,
                                scheme != null ? scheme : Subsidies.none())
                        .withThreads(threads);
                if (estimateMissing) {
                    run = run.estimatingMissingReads();
                }
                try {
                    result = run.run(
                            Period.month(period.getYear(), period.getMonthValue()),
                            input,
                            ledger != null ? ledger : Ledger.empty());
                } catch (InvalidInputException e) {
                    for (Problem p : e.problems()) {
                        if (p.code().equals(BillingWords.READING_IN_PERIOD.code())) {
                            problems.add(p.suggesting(List.of("--estimate-missing")));
                        } else if (!restsOnUnread(p, tariffs != null, scheme != null)) {
                            problems.add(p);
                        }
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            progress.step();
            Table table = Table.of("id", "kind", "household", "m3", "total", "estimated", "flags", "cancels");
            for (Bill b : result.issued()) {
                table.row(
                        b.id(),
                        b.kind(),
                        b.household(),
                        b.m3(),
                        b.total(),
                        b.estimated(),
                        b.flags(),
                        b.cancels().orElse(""));
            }
            output.write(table, spec.commandLine().getOut(), wording);
            var err = spec.commandLine().getErr();
            blocked(result, wording, err);
            if (!dryRun && !result.issued().isEmpty()) {
                LedgerFile.write(ledgerFile, result.ledger().documents());
            }
            progress.step();
            issued(result, dryRun ? CliWords.WOULD_BE_ISSUED : CliWords.ISSUED, wording, err);
            err.flush();
            return result.blocked().isEmpty() ? ExitCode.OK : ExitCode.FAILURES;
        }
    }

    /** The library's run for a run on the store, configured as for a folder. */
    private BillRun storeRun(Tariffs tariffs) {
        BillRun run = BillRun.of(tariffs, ReadingPolicy.DEFAULT, subsidies == null ? Subsidies.none() : scheme())
                .withThreads(threads);
        return estimateMissing ? run.estimatingMissingReads() : run;
    }

    private Subsidies scheme() {
        return subsidies.endsWith(".json") ? Subsidies.read(Path.of(subsidies)) : Subsidies.bundled(subsidies);
    }

    /** The value read, or null with the problems of its input added. */
    private static <T> @Nullable T readOrCollect(List<Problem> problems, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * Whether the run's problem is one only the tariff files or the subsidy scheme that could not be read would
     * decide: a tariff or category they might have, or a bill under such a tariff. Their own problems are
     * shown instead.
     */
    private static boolean restsOnUnread(Problem p, boolean tariffsRead, boolean schemeRead) {
        String code = p.code();
        boolean onTariff = code.equals(BillingWords.KNOWN_TARIFF.code())
                || code.equals(BillingWords.TARIFF_IN_FORCE.code())
                || code.equals(BillingWords.BILL_THE_TARIFF_MAKES.code());
        return (!tariffsRead && onTariff) || (!schemeRead && code.equals(BillingWords.SUBSIDY_CATEGORY_OF.code()));
    }

    /** Each fund and its total, by fund name: "县财政 CNY 8.70, 村集体 CNY 1.20", or "none". */
    /** Each household whose bill an anomaly blocked, with its anomalies, in the reader's language. */
    static void blocked(RunResult result, Wording wording, PrintWriter err) {
        for (MeteredUse u : result.blocked()) {
            err.println(wording.say(Phrase.of(
                    CliWords.BLOCKED,
                    u.household().toString(),
                    String.join(
                            "; ",
                            u.anomalies().stream()
                                    .map(x -> wording.say(Phrase.of(
                                            CliWords.ANOMALY_AT,
                                            Labels.codeOrLabel(
                                                    x.code(), x.code().code()),
                                            x.meter().toString(),
                                            x.readOn().toString(),
                                            x.wording())))
                                    .toList()))));
        }
    }

    /** How many documents were (or would be) issued, households blocked, and subsidies by fund. */
    static void issued(RunResult result, CliWords how, Wording wording, PrintWriter err) {
        err.println(wording.say(
                Phrase.of(how, result.issued().size(), result.blocked().size(), funds(result.subsidiesByFund()))));
    }

    private static Phrase funds(Map<String, Money> byFund) {
        if (byFund.isEmpty()) {
            return Phrase.of(CliWords.NO_FUNDS);
        }
        return Phrase.verbatim(String.join(
                ", ",
                new TreeMap<>(byFund)
                        .entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .toList()));
    }
}
