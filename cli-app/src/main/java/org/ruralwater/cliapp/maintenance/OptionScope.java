package org.ruralwater.cliapp.maintenance;

import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;

/**
 * Which options apply together: an option given where it cannot apply is a usage error, not silently ignored
 * (a work-order file given without the county it belongs to would otherwise change nothing and say nothing).
 */
final class OptionScope {

    private OptionScope() {}

    /** Refuses any of {@code options} given on the command line unless {@code other} was given too. */
    static void onlyWith(CommandLine cl, String other, String... options) {
        if (given(cl, other)) {
            return;
        }
        for (String o : options) {
            if (given(cl, o)) {
                throw OptionValues.usageError(cl, Phrase.of(CliWords.OPTION_ONLY_WITH, o, other));
            }
        }
    }

    /** Refuses any of {@code options} given on the command line together with {@code other}. */
    static void notWith(CommandLine cl, String other, String... options) {
        if (!given(cl, other)) {
            return;
        }
        for (String o : options) {
            if (given(cl, o)) {
                throw OptionValues.usageError(cl, Phrase.of(CliWords.OPTION_NOT_WITH, o, other));
            }
        }
    }

    static boolean given(CommandLine cl, String option) {
        CommandLine.ParseResult parsed = cl.getParseResult();
        return parsed != null && parsed.hasMatchedOption(option);
    }
}
