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
import org.ruralwater.store.billing.BillingRecords;
import org.ruralwater.store.county.CountyRecords;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Imports a county folder, a billing folder, or a folder that is both. */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption store;

    @Parameters(paramLabel = "DIR", descriptionKey = "dir")
    Path folder;

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new NotDirectoryException(folder.toString()));
        }
        boolean county = Files.exists(folder.resolve("regions.csv"));
        boolean billing = Files.exists(folder.resolve("accounts.csv"));
        if (!county && !billing) {
            throw new IllegalArgumentException(folder + " holds neither a county (regions.csv) nor billing"
                    + " (accounts.csv)\nMaybe give the folder that `ruralwater demo --out` wrote.");
        }
        var err = spec.commandLine().getErr();
        try (Store s = store.open(err)) {
            if (county) {
                CountyRecords.Imported c = s.county().importFolder(Scope.everything(), Actor.cli(), folder);
                err.println("county records: " + c.inserted() + " inserted, " + c.updated() + " updated, "
                        + c.unchanged() + " unchanged");
            }
            if (billing) {
                BillingRecords.Imported b = s.billing().importFolder(Scope.everything(), Actor.cli(), folder);
                err.println("billing records: " + b.inserted() + " inserted, " + b.updated() + " updated, "
                        + b.unchanged() + " unchanged");
            }
        }
        err.flush();
        return ExitCode.OK;
    }
}
