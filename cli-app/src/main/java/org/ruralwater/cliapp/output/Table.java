package org.ruralwater.cliapp.output;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.CsvWriter;

/** Rows of named columns, written in any {@link Format}. Cells are text, as the domain formatted them. */
public final class Table {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    /** The values the cells were made from, for the {@link Labels} of a table for people. */
    private final List<List<Object>> values = new ArrayList<>();

    /**
     * How a table for people shows its headings and cells: in the reader's language, with names beside codes.
     * CSV and JSON are for programs and keep the codes.
     */
    public interface Labels {

        /** The codes themselves, as CSV and JSON write them. */
        Labels CODES = new Labels() {
            @Override
            public String heading(String column) {
                return column;
            }

            @Override
            public String cell(Object value, String text) {
                return text;
            }
        };

        /** The heading of the column with this code. */
        String heading(String column);

        /** The cell made from {@code value}, whose text in codes is {@code text}. */
        String cell(Object value, String text);
    }

    private Table(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public static Table of(String... columns) {
        return new Table(List.of(columns));
    }

    public static Table of(List<String> columns) {
        return new Table(columns);
    }

    public Table row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(
                    "a row of " + cells.length + " cells for " + columns.size() + " columns " + columns);
        }
        List<String> r = new ArrayList<>(cells.length);
        for (Object c : cells) {
            r.add(cell(requireNonNull(c, "cell")));
        }
        rows.add(r);
        values.add(List.of(cells));
        return this;
    }

    /**
     * A value as a cell, in the codes the input files use: an enum by its file code, an absent value as an
     * empty cell, a list as its items separated by ';', a map as "key value" pairs separated by "; ", so
     * that no Java text form (`[..]`, `{k=v}`, `Optional[..]`) reaches a user.
     */
    static String cell(Object value) {
        if (value instanceof Enum<?> e) {
            return Coded.codeOf(e);
        }
        if (value instanceof Optional<?> o) {
            return o.map(Table::cell).orElse("");
        }
        if (value instanceof Collection<?> items) {
            return String.join(";", items.stream().map(Table::cell).toList());
        }
        if (value instanceof Map<?, ?> map) {
            return String.join(
                    "; ",
                    map.entrySet().stream()
                            .map(e -> cell(e.getKey()) + " " + cell(e.getValue()))
                            .toList());
        }
        return String.valueOf(value);
    }

    public int size() {
        return rows.size();
    }

    public void write(Format format, PrintWriter out) {
        write(format, out, Labels.CODES);
    }

    /** Writes the table; a table for people shows its headings and cells through the labels. */
    public void write(Format format, PrintWriter out, Labels labels) {
        switch (format) {
            case TABLE -> writeTable(out, labels);
            case CSV -> writeCsv(out);
            case JSON -> writeJson(out);
        }
        out.flush();
    }

    public String toString(Format format) {
        return toString(format, Labels.CODES);
    }

    public String toString(Format format, Labels labels) {
        StringWriter s = new StringWriter();
        write(format, new PrintWriter(s), labels);
        return s.toString();
    }

    private void writeTable(PrintWriter out, Labels labels) {
        // A line break inside a cell would break the alignment: a table shows it as a space.
        List<List<String>> rows = new ArrayList<>();
        for (int n = 0; n < this.rows.size(); n++) {
            List<String> r = this.rows.get(n);
            List<Object> v = values.get(n);
            List<String> shown = new ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) {
                shown.add(labels.cell(v.get(i), r.get(i)).replaceAll("\\R", " "));
            }
            rows.add(shown);
        }
        List<String> columns = this.columns.stream().map(labels::heading).toList();
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(columns.get(i));
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], width(r.get(i)));
            }
        }
        line(out, columns, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(out, rule, widths);
        for (List<String> r : rows) {
            line(out, r, widths);
        }
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            b.append(c);
            if (i < cells.size() - 1) {
                b.append(" ".repeat(widths[i] - width(c) + 2));
            }
        }
        out.println(b.toString().stripTrailing());
    }

    /** Display width: CJK characters take two columns in a terminal. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }

    private void writeCsv(PrintWriter out) {
        out.print(CsvWriter.line(columns));
        for (List<String> r : rows) {
            out.print(CsvWriter.line(r));
        }
    }

    private void writeJson(PrintWriter out) {
        List<Map<String, String>> objects = new ArrayList<>();
        for (List<String> r : rows) {
            Map<String, String> o = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                o.put(columns.get(i), r.get(i));
            }
            objects.add(o);
        }
        try {
            JSON.writeValue(out, objects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
