package org.ruralwater.cliapp.output;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --format} option every command that prints results shares. */
public final class FormatOption {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table, csv or json (default: table on a terminal, json otherwise)")
    @Nullable
    Format format;

    public Format format() {
        return format != null ? format : Format.byDefault();
    }
}
