package org.ruralwater.cliapp;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.assurance.AssuranceCommand;
import org.ruralwater.cliapp.billing.BillingCommand;
import org.ruralwater.cliapp.billing.FolderInUseException;
import org.ruralwater.cliapp.db.DbCommand;
import org.ruralwater.cliapp.demo.DemoCommand;
import org.ruralwater.cliapp.maintenance.MaintenanceCommand;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.option.Language;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.cliapp.quality.QualityCommand;
import org.ruralwater.cliapp.quality.StandardCommand;
import org.ruralwater.cliapp.users.UsersCommand;
import org.ruralwater.core.calendar.CalendarNotCoveredException;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Notice;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.datafile.ReadingScope;
import org.ruralwater.core.wording.Phrase;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The root command. Its help, and that of every command and option, is in the {@code Help} resource bundles
 * ({@code org/ruralwater/cliapp/Help*.properties}), set in the language the command line was made for.
 */
@Command(
        name = "ruralwater",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {
            DemoCommand.class,
            QualityCommand.class,
            StandardCommand.class,
            BillingCommand.class,
            MaintenanceCommand.class,
            AssuranceCommand.class,
            DbCommand.class,
            UsersCommand.class,
            AutoComplete.GenerateCompletion.class
        })
public final class Ruralwater implements Runnable {

    /** At most this many problems are printed; a count says how many more there were. */
    static final int PROBLEMS_SHOWN = 1_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "debug")
    boolean debug;

    @Option(
            names = "--encoding",
            paramLabel = "ENCODING",
            scope = ScopeType.INHERIT,
            converter = InputEncoding.Converter.class)
    @Nullable
    InputEncoding encoding;

    /**
     * A command line for these arguments, in the language they or the environment ask for ({@code --lang},
     * else {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}, else English).
     */
    public static CommandLine commandLine(String[] args, Map<String, String> environment) {
        return commandLine(Language.decide(List.of(args), environment));
    }

    /** A command line in English whatever the environment, unless its arguments ask otherwise with --lang. */
    public static CommandLine commandLine() {
        return commandLine(Language.of(Language.ENGLISH));
    }

    /** A command line in the language, with ruralwater's exit codes, option values and messages. */
    public static CommandLine commandLine(Language language) {
        CommandLine cl = new CommandLine(new Ruralwater());
        language.applyTo(cl);
        cl.setExecutionExceptionHandler(Ruralwater::failed);
        cl.setExecutionStrategy(Ruralwater::withReadingScope);
        cl.setParameterExceptionHandler(Ruralwater::usageError);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        OptionValues.register(cl);
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

    /**
     * Runs the command with its input files read in the declared encoding (or by the fixed rule), and what
     * the readers tell (a file read as GB18030, empty rows skipped) said on stderr, as diagnostics are.
     */
    private static int withReadingScope(CommandLine.ParseResult parsed) {
        InputEncoding declared = null;
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--encoding")) {
                declared = r.matchedOptionValue("--encoding", null);
            }
        }
        PrintWriter err = parsed.commandSpec().commandLine().getErr();
        Locale locale = Language.of(parsed.commandSpec().commandLine());
        java.util.function.Consumer<Notice> tell = n -> {
            err.println(n.text(locale));
            err.flush();
        };
        try (ReadingScope scope =
                declared == null ? ReadingScope.open(tell) : ReadingScope.open(declared.charset(), tell)) {
            return new CommandLine.RunLast().execute(parsed);
        }
    }

    /** A usage error: what is wrong in one line, then one line of usage and where to find every option. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String name = cl.getCommandSpec().qualifiedName();
        Locale locale = Language.of(cl);
        err.println(name + ": " + UsageTrouble.describe(e, locale));
        err.print(cl.getCommandSpec().usageMessage().synopsisHeading()
                + new CommandLine.Help(cl.getCommandSpec()).abbreviatedSynopsis());
        err.println(Phrase.of(CliWords.TRY_HELP, name).in(locale));
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * Bad input is exit code 3 with every problem on stderr (at most {@value #PROBLEMS_SHOWN}); a folder in
     * use is 5; anything else is a bug: one line and exit 4, the details only with {@code --debug}.
     */
    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String name = cl.getCommandSpec().qualifiedName();
        Locale locale = Language.of(cl);
        try {
            if (e instanceof InvalidInputException invalid) {
                List<Problem> problems = invalid.problems();
                for (Problem p : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
                    err.println(p.text(locale));
                }
                if (problems.size() > PROBLEMS_SHOWN) {
                    err.println(Phrase.of(CliWords.MORE_PROBLEMS, problems.size() - PROBLEMS_SHOWN, problems.size())
                            .in(locale));
                }
                return ExitCode.BAD_INPUT;
            }
            if (e instanceof FolderInUseException busy) {
                err.println(name + ": " + busy.phrase().in(locale));
                return ExitCode.BUSY;
            }
            if (e instanceof UncheckedIOException u) {
                err.println(name + ": " + FileTrouble.describe(u.getCause(), locale));
                return ExitCode.BAD_INPUT;
            }
            if (e instanceof IOException io) {
                err.println(name + ": " + FileTrouble.describe(io, locale));
                return ExitCode.BAD_INPUT;
            }
            if (e instanceof IllegalArgumentException || e instanceof CalendarNotCoveredException) {
                err.println(name + ": " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            err.println(Phrase.of(CliWords.INTERNAL_ERROR, name).in(locale));
            if (debugging(cl)) {
                e.printStackTrace(err);
            }
            return ExitCode.INTERNAL_ERROR;
        } finally {
            err.flush();
        }
    }

    private static boolean debugging(CommandLine cl) {
        for (CommandLine c = cl; c != null; c = c.getParent()) {
            CommandLine.ParseResult r = c.getParseResult();
            if (r != null && r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
