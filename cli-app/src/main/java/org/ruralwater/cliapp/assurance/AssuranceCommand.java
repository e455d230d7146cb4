package org.ruralwater.cliapp.assurance;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The safe-water bottom-line commands. */
@Command(
        name = "assurance",
        mixinStandardHelpOptions = true,
        subcommands = {
            ScreenCommand.class,
            ProblemsCommand.class,
            AssessCommand.class,
            DistributeCommand.class,
            RuleSetsCommand.class
        })
public final class AssuranceCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
