package org.ruralwater.cliapp;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.ruralwater.cliapp.assurance.AssuranceCommand;
import org.ruralwater.cliapp.billing.BillingCommand;
import org.ruralwater.cliapp.demo.DemoCommand;
import org.ruralwater.cliapp.maintenance.MaintenanceCommand;
import org.ruralwater.cliapp.quality.QualityCommand;
import org.ruralwater.cliapp.quality.StandardCommand;
import org.ruralwater.core.calendar.CalendarNotCoveredException;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command. */
@Command(
        name = "ruralwater",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Rural drinking-water supply assurance: water quality, fees, maintenance and the safe-water bottom line.",
            "Every rule is data; each command is a thin call into the ruralwater library."
        },
        footer = {
            "",
            "Exit codes: 0 success, 1 the check found failures, 2 usage error, 3 bad input.",
            "Output: --format table|csv|json (table on a terminal, json when piped); diagnostics on stderr.",
            "",
            "Examples:",
            "  ruralwater demo --out demo-county",
            "  ruralwater quality evaluate --standard GB5749-2022 samples.csv",
            "  ruralwater billing quote --tariff CN-JS-JIANGDU-RURAL-RESIDENTIAL --consumption 12 --period 2015-05",
            "  ruralwater generate-completion > ruralwater_completion.sh"
        },
        subcommands = {
            DemoCommand.class,
            QualityCommand.class,
            StandardCommand.class,
            BillingCommand.class,
            MaintenanceCommand.class,
            AssuranceCommand.class,
            AutoComplete.GenerateCompletion.class
        })
public final class Ruralwater implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A command line with ruralwater's exit codes for bad input. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Ruralwater());
        cl.setExecutionExceptionHandler(Ruralwater::badInput);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(Period.class, Period::parse);
        cl.getSubcommands()
                .get("generate-completion")
                .getCommandSpec()
                .usageMessage()
                .hidden(false);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Bad input is exit code 3 with every problem on stderr; anything else is a bug and is thrown. */
    private static int badInput(Exception e, CommandLine cl, CommandLine.ParseResult parsed) throws Exception {
        PrintWriter err = cl.getErr();
        if (e instanceof InvalidInputException invalid) {
            for (Problem p : invalid.problems()) {
                err.println(p);
            }
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException
                || e instanceof CalendarNotCoveredException) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            String message = cause instanceof NoSuchFileException missing
                    ? "no such file: " + missing.getFile()
                    : cause.getMessage();
            err.println(cl.getCommandName() + ": " + message);
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        throw e;
    }
}
