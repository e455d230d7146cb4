package org.ruralwater.cliapp.db;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The store commands. */
@Command(
        name = "db",
        mixinStandardHelpOptions = true,
        description = {
            "The store: the county's records, billing and the ledger on a database, an embedded H2 file in the",
            "data folder by default or a PostgreSQL server (--db). Every change is in its audit log."
        },
        subcommands = {
            InitCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            StatusCommand.class,
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
