package org.ruralwater.cliapp.db;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.store.DbOption;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.history.HistoryRecords;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports a county's year of records, as {@code ruralwater demo --history} writes them, into the store. */
@Command(name = "import-history", mixinStandardHelpOptions = true)
public final class ImportHistoryCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption store;

    @Option(names = "--without-bill-runs")
    boolean withoutBillRuns;

    @Parameters(paramLabel = "DIR", descriptionKey = "dir")
    Path folder;

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new NotDirectoryException(folder.toString()));
        }
        var err = spec.commandLine().getErr();
        HistoryRecords.Rules rules = HistoryRecords.Rules.bundled();
        long started = System.nanoTime();
        HistoryRecords.Imported imported;
        try (Store s = store.open(err)) {
            imported = s.history()
                    .importFolder(
                            Scope.everything(), Actor.cli(), folder, withoutBillRuns ? rules.withoutBillRuns() : rules);
        }
        imported.files()
                .forEach((file, c) -> err.println(file + ": " + c.inserted() + " inserted, " + c.updated()
                        + " updated, " + c.unchanged() + " unchanged"));
        err.println("bill runs: " + imported.billRuns() + " stored, " + imported.documents() + " documents issued");
        imported.took()
                .forEach((part, d) -> err.printf(java.util.Locale.ROOT, "  %s: %.1f s%n", part, d.toMillis() / 1e3));
        err.printf(java.util.Locale.ROOT, "%.1f s%n", (System.nanoTime() - started) / 1e9);
        err.flush();
        return ExitCode.OK;
    }
}
