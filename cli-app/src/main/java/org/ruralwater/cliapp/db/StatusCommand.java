package org.ruralwater.cliapp.db;

import java.util.concurrent.Callable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.cliapp.store.DbOption;
import org.ruralwater.store.Store;
import org.ruralwater.store.StoreStatus;
import org.ruralwater.store.access.Scope;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** What the store holds. */
@Command(name = "status", mixinStandardHelpOptions = true)
public final class StatusCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption store;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() {
        try (Store s = store.open(spec.commandLine().getErr())) {
            print(s.status(Scope.everything()), output, spec);
        }
        return ExitCode.OK;
    }

    static void print(StoreStatus status, FormatOption output, CommandLine.Model.CommandSpec spec) {
        Table table = Table.of("kind", "count");
        table.row("database", status.database() + " (schema " + status.schemaVersion() + ")");
        status.counts().forEach((k, v) -> table.row(k, v));
        output.write(table, spec.commandLine().getOut());
    }
}
