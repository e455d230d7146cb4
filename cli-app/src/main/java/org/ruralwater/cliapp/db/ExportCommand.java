package org.ruralwater.cliapp.db;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.store.DbOption;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Scope;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Writes the store's county records back as a county folder. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write the store's county records as a county folder, each file as it was imported, which `db import`",
            "reads back to the same store: a backup that any text tool can read. (On PostgreSQL, pg_dump backs up",
            "everything, the ledger and the audit log included.)"
        },
        footer = {"", "Example:", "  ruralwater db export backup-2026-12-01"})
public final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption store;

    @Parameters(paramLabel = "DIR", description = "the folder to write (made when missing)")
    Path folder;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try (Store s = store.open(err)) {
            s.county().export(Scope.everything(), folder);
        }
        err.println("county records written to " + folder);
        err.flush();
        return ExitCode.OK;
    }
}
