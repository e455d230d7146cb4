package org.ruralwater.cliapp.db;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The store commands. */
@Command(
        name = "db",
        mixinStandardHelpOptions = true,
        subcommands = {
            InitCommand.class,
            ImportCommand.class,
            ImportHistoryCommand.class,
            ExportCommand.class,
            StatusCommand.class,
            CompactCommand.class,
            org.ruralwater.cliapp.billing.ImportLedgerCommand.class
        })
public final class DbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
