package org.ruralwater.cliapp.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --format} and {@code --out} options every command that prints results shares. */
public final class FormatOption {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            completionCandidates = FormatCodes.class,
            description = "table, csv, csv-bom (CSV for Excel: UTF-8 with a byte-order mark), json or xlsx"
                    + " (an Excel workbook; needs --out) (default: table on a terminal, json otherwise)")
    @Nullable
    Format format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "write the results to FILE instead of standard output (UTF-8); required for xlsx")
    @Nullable
    Path out;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.@Nullable CommandSpec mixee;

    public Format format() {
        return format != null ? format : Format.byDefault();
    }

    /**
     * Writes the table in the format asked for: to {@code --out} if given, else to {@code out}. A workbook
     * is binary, so it needs {@code --out}: a terminal would show it as noise, and a pipe of text mangles it.
     *
     * @throws CommandLine.ParameterException for {@code --format xlsx} without {@code --out}
     */
    public void write(Table table, PrintWriter out) {
        Format f = format();
        if (this.out == null) {
            if (!f.isText()) {
                throw new CommandLine.ParameterException(
                        mixee == null ? new CommandLine(this) : mixee.commandLine(),
                        Phrase.of(CliWords.XLSX_NEEDS_OUT).toString());
            }
            table.write(f, out);
            return;
        }
        try (OutputStream file = Files.newOutputStream(this.out)) {
            if (f.isText()) {
                PrintWriter w = new PrintWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
                table.write(f, w);
                w.flush();
            } else {
                table.writeWorkbook(sheetName(), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command's own name (such as {@code quote}), which names the workbook's sheet. */
    private String sheetName() {
        return mixee == null ? "ruralwater" : mixee.name();
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        private static final CommandLine.ITypeConverter<Format> READER =
                OptionValues.converter(Phrase.of(CliWords.FORMAT), Format::parse);

        @Override
        public Format convert(String value) throws Exception {
            return READER.convert(value);
        }
    }

    static final class FormatCodes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(Format.values()).stream().map(Format::code).iterator();
        }
    }
}
