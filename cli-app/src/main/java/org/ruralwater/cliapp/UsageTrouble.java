package org.ruralwater.cliapp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A usage error in the reader's words: an unusable option value in the form of an input problem, and the
 * mistakes picocli finds itself (an unknown option, a missing one, a value that is none of an enum's codes) in
 * the command's own phrases; any other
 * picocli message is shown as picocli words it.
 */
final class UsageTrouble {

    private UsageTrouble() {}

    static String describe(ParameterException e, Locale locale) {
        if (e.getCause() instanceof OptionValues.Refused refused && e.getArgSpec() != null) {
            return Phrase.of(
                            CliWords.OPTION_PROBLEM,
                            name(e.getArgSpec()),
                            refused.expected(),
                            Phrase.quoted(e.getValue()))
                    .in(locale);
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException
                && e.getArgSpec() != null
                && e.getValue() != null
                && e.getArgSpec().type().isEnum()) {
            // picocli lists the constants' Java names; the option takes the codes the files use.
            List<String> codes = Arrays.stream(e.getArgSpec().type().getEnumConstants())
                    .map(c -> Coded.codeOf((Enum<?>) c))
                    .toList();
            return Phrase.of(
                            CliWords.OPTION_PROBLEM,
                            name(e.getArgSpec()),
                            Phrase.of(CoreWords.ONE_OF, codes),
                            Phrase.quoted(e.getValue()))
                    .in(locale);
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u
                && !u.getUnmatched().isEmpty()) {
            List<String> unmatched = u.getUnmatched();
            return Phrase.of(
                            u.isUnknownOption() ? CliWords.UNKNOWN_OPTION : CliWords.UNMATCHED_ARGUMENT,
                            quoted(unmatched))
                    .in(locale);
        }
        if (e instanceof CommandLine.MissingParameterException m
                && !m.getMissing().isEmpty()) {
            List<ArgSpec> missing = m.getMissing();
            boolean options = missing.stream().allMatch(ArgSpec::isOption);
            CliWords key = options
                    ? missing.size() == 1 ? CliWords.MISSING_OPTION : CliWords.MISSING_OPTIONS
                    : missing.size() == 1 ? CliWords.MISSING_PARAMETER : CliWords.MISSING_PARAMETERS;
            return Phrase.of(
                            key,
                            quoted(missing.stream().map(UsageTrouble::label).toList()))
                    .in(locale);
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
    }

    /** How picocli names a missing option or parameter: {@code --at=TIME}, {@code SAMPLES.csv}. */
    private static String label(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return o.arity().max() == 0 ? o.longestName() : o.longestName() + "=" + o.paramLabel();
        }
        return arg.paramLabel();
    }

    private static String quoted(List<String> items) {
        return String.join(", ", items.stream().map(i -> "'" + i + "'").toList());
    }
}
