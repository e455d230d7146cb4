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
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption store;

    @Parameters(paramLabel = "DIR", descriptionKey = "dir")
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
