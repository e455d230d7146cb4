package org.ruralwater.cliapp.output;

import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.option.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --format} option every command that prints results shares, and the words its results are in. */
public final class FormatOption {

    @Spec(Spec.Target.MIXEE)
    @Nullable
    CommandSpec command;

    @Option(names = "--format", paramLabel = "FORMAT")
    @Nullable
    Format format;

    public Format format() {
        return format != null ? format : Format.byDefault();
    }

    /** The words of the command line's language, for a table for people and the lines beside it. */
    public Wording wording() {
        return Wording.in(command != null ? Language.of(command) : Language.ENGLISH);
    }
}
