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
import org.ruralwater.cliapp.option.Language;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --format} and {@code --out} options every command that prints results shares, and the words its
 * results are in. Their help texts are in {@code Help.properties} and {@code Help_zh_CN.properties}.
 */
public final class FormatOption {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            completionCandidates = FormatCodes.class)
    @Nullable
    Format format;

    @Option(names = "--out", paramLabel = "FILE")
    @Nullable
    Path out;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.@Nullable CommandSpec mixee;

    public Format format() {
        return format != null ? format : Format.byDefault();
    }

    /** The words of the command line's language, for a table for people and the lines beside it. */
    public Wording wording() {
        return Wording.in(mixee != null ? Language.of(mixee) : Language.ENGLISH);
    }

    /**
     * Writes the table in the format asked for: to {@code --out} if given, else to {@code out}. A workbook
     * is binary, so it needs {@code --out}: a terminal would show it as noise, and a pipe of text mangles it.
     *
     * @throws CommandLine.ParameterException for {@code --format xlsx} without {@code --out}
     */
    public void write(Table table, PrintWriter out) {
        write(table, out, wording());
    }

    /**
     * The same, with a table for people in these words (its headings, names beside codes); CSV, JSON and a
     * workbook are for programs and keep the codes.
     */
    public void write(Table table, PrintWriter out, Table.Labels labels) {
        Format f = format();
        if (this.out == null) {
            if (!f.isText()) {
                throw new CommandLine.ParameterException(
                        mixee == null ? new CommandLine(this) : mixee.commandLine(),
                        wording().say(Phrase.of(CliWords.XLSX_NEEDS_OUT)));
            }
            table.write(f, out, labels);
            return;
        }
        try (OutputStream file = Files.newOutputStream(this.out)) {
            if (f.isText()) {
                PrintWriter w = new PrintWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
                table.write(f, w, labels);
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
