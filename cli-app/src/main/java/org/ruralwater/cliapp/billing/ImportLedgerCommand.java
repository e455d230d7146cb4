package org.ruralwater.cliapp.billing;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.store.DbOption;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.billing.BillingRecords;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Imports the documents of an existing ledger.json, once. */
@Command(name = "import-ledger", mixinStandardHelpOptions = true)
public final class ImportLedgerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption store;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new NoSuchFileException(file.toString()));
        }
        Ledger ledger = LedgerFile.read(file);
        var err = spec.commandLine().getErr();
        try (Store s = store.open(err)) {
            BillingRecords.Imported i = s.billing().importLedger(Scope.everything(), Actor.cli(), ledger);
            err.println("ledger documents: " + i.inserted() + " imported, " + i.unchanged() + " already in the store");
        }
        err.flush();
        return ExitCode.OK;
    }
}
