package org.ruralwater.cliapp.maintenance;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The maintenance commands. */
@Command(
        name = "maintenance",
        mixinStandardHelpOptions = true,
        subcommands = {
            PlanCommand.class,
            ScheduleCommand.class,
            IcalCommand.class,
            BreachesCommand.class,
            CatalogueCommand.class
        })
public final class MaintenanceCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
