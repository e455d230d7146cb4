package org.ruralwater.cliapp.output;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.CsvWriter;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.workbook.xlsx.XlsxTable;

/**
 * Rows of named columns, written in any {@link Format}. Cells keep their type (numbers, money, quantities,
 * dates, true or false, lists, enums), so that each format writes them as itself: text in a table and CSV,
 * typed values in JSON ({@code docs/schemas/}) and in a workbook.
 *
 * <p>No export lets a cell start a formula: in CSV, text starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is written after an apostrophe (OWASP's advice on CSV injection); in
 * a workbook it is a text cell. A number is never text, so a negative number stays a number.
 */
public final class Table {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();
    /** The table's total, when it has one: a last row in a table, CSV and a workbook; beside the rows in JSON. */
    private @Nullable List<Object> total;

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
        rows.add(cells(cells));
        return this;
    }

    /**
     * The table's total, a cell per column: shown as the last row in a table, CSV and a workbook, and in
     * JSON beside the rows, not among them: {@code {"rows": [...], "total": {...}}} (its empty cells left out).
     */
    public Table total(Object... cells) {
        total = cells(cells);
        return this;
    }

    private List<Object> cells(Object[] cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(
                    "a row of " + cells.length + " cells for " + columns.size() + " columns " + columns);
        }
        List<Object> r = new ArrayList<>(cells.length);
        for (Object c : cells) {
            r.add(requireNonNull(c, "cell"));
        }
        return r;
    }

    /** The rows as shown in a table, CSV and a workbook: the total last. */
    private List<List<Object>> shownRows() {
        if (total == null) {
            return rows;
        }
        List<List<Object>> all = new ArrayList<>(rows);
        all.add(total);
        return all;
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
        if (value instanceof BigDecimal d) {
            return d.toPlainString(); // never 1E+1
        }
        return String.valueOf(value);
    }

    /** Whether the value is a number, which is written as one (a negative number is no formula). */
    private static boolean isNumber(Object value) {
        Object v = value instanceof Optional<?> o ? o.map(Object.class::cast).orElse("") : value;
        return v instanceof Number;
    }

    /** A cell for CSV: its text, after an apostrophe when a spreadsheet would take the text for a formula. */
    static String csvCell(Object value) {
        String text = cell(value);
        return !isNumber(value) && startsLikeAFormula(text) ? "'" + text : text;
    }

    /** Text a spreadsheet takes for a formula: it starts with =, +, -, @, a tab or a carriage return. */
    static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    public int size() {
        return rows.size();
    }

    /**
     * Writes the table in a text format.
     *
     * @throws IllegalArgumentException for {@link Format#XLSX}, which is binary: see {@link #writeWorkbook}
     */
    public void write(Format format, PrintWriter out) {
        write(format, out, Labels.CODES);
    }

    /** Writes the table; a table for people shows its headings and cells through the labels. */
    public void write(Format format, PrintWriter out, Labels labels) {
        switch (format) {
            case TABLE -> writeTable(out, labels);
            case CSV -> writeCsv(out);
            case CSV_BOM -> {
                out.print('\uFEFF');
                writeCsv(out);
            }
            case JSON -> writeJson(out);
            case XLSX -> throw new IllegalArgumentException("a workbook is binary: write it with writeWorkbook");
        }
        out.flush();
    }

    /** Writes the table as a workbook of one sheet, named {@code sheetName}; the stream stays open. */
    public void writeWorkbook(String sheetName, OutputStream out) {
        XlsxTable book = XlsxTable.of(sheetName(sheetName), columns);
        for (List<Object> r : shownRows()) {
            book.row(r);
        }
        book.write(out);
    }

    /** A name Excel accepts for a sheet: at most 31 characters, none of []:*?/\ . */
    private static String sheetName(String name) {
        String n = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        n = n.isEmpty() ? "ruralwater" : n;
        return n.length() > 31 ? n.substring(0, 31) : n;
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
        for (List<Object> r : shownRows()) {
            rows.add(r.stream()
                    .map(c -> labels.cell(c, cell(c)).replaceAll("\\R", " "))
                    .toList());
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
        out.print(CsvWriter.line(columns.stream().map(Table::csvCell).toList()));
        for (List<Object> r : shownRows()) {
            out.print(CsvWriter.line(r.stream().map(Table::csvCell).toList()));
        }
    }

    /** An array of objects keyed by column; with a total, {@code {"rows": [...], "total": {...}}}. */
    private void writeJson(PrintWriter out) {
        ArrayNode objects = NODES.arrayNode();
        for (List<Object> r : rows) {
            objects.add(object(r, false));
        }
        JsonNode document = objects;
        if (total != null) {
            ObjectNode o = NODES.objectNode();
            o.set("rows", objects);
            o.set("total", object(total, true));
            document = o;
        }
        try {
            JSON.writeValue(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private ObjectNode object(List<Object> r, boolean withoutEmpty) {
        ObjectNode o = NODES.objectNode();
        for (int i = 0; i < columns.size(); i++) {
            JsonNode v = json(r.get(i));
            if (!(withoutEmpty && (v.isNull() || (v.isTextual() && v.asText().isEmpty())))) {
                o.set(columns.get(i), v);
            }
        }
        return o;
    }

    /**
     * A value as JSON: a number as a number, true or false, a list as an array, money as {@code {"amount":
     * "67.20", "currency": "CNY"}} (a decimal string, never a float), a quantity as {@code {"value": "0.3",
     * "unit": "mg/L"}}, an enum by its file code, an absent value as null, anything else by its text.
     */
    static JsonNode json(Object value) {
        if (value instanceof Optional<?> o) {
            return o.map(Table::json).orElse(NODES.nullNode());
        }
        if (value instanceof Money m) {
            ObjectNode o = NODES.objectNode();
            o.put("amount", m.amount().toPlainString());
            o.put("currency", m.currency().getCurrencyCode());
            return o;
        }
        if (value instanceof Quantity q) {
            ObjectNode o = NODES.objectNode();
            o.put("value", q.value().toPlainString());
            o.put("unit", q.unit().symbol());
            return o;
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof BigInteger b) {
            return NODES.numberNode(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return NODES.numberNode(new BigDecimal(value.toString()));
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Collection<?> items) {
            ArrayNode a = NODES.arrayNode();
            items.forEach(i -> a.add(json(i)));
            return a;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, v) -> o.set(cell(k), json(v)));
            return o;
        }
        return NODES.textNode(cell(value));
    }
}
