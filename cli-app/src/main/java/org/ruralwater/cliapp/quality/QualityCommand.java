package org.ruralwater.cliapp.quality;

import picocli.CommandLine.Command;

/** The water-quality commands. */
@Command(
        name = "quality",
        mixinStandardHelpOptions = true,
        subcommands = {EvaluateCommand.class, RatesCommand.class, CoverageCommand.class, StandardCommand.class})
public final class QualityCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
