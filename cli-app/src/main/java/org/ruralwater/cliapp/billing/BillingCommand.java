package org.ruralwater.cliapp.billing;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The fee commands. */
@Command(
        name = "billing",
        mixinStandardHelpOptions = true,
        subcommands = {
            QuoteCommand.class,
            TariffsCommand.class,
            RunCommand.class,
            ArrearsCommand.class,
            CollectionRateCommand.class
        })
public final class BillingCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
