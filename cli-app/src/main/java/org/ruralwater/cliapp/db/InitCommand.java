package org.ruralwater.cliapp.db;

import java.util.concurrent.Callable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.store.DbOption;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Scope;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Makes the store, or brings its schema up to date. */
@Command(name = "init", mixinStandardHelpOptions = true)
public final class InitCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption store;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() {
        try (Store s = store.open(spec.commandLine().getErr())) {
            StatusCommand.print(s.status(Scope.everything()), output, spec);
        }
        return ExitCode.OK;
    }
}
