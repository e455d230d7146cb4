package org.ruralwater.cliapp.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Mutations of a CSV file with a header row, as the issue tried them: each is invalidating (the reader must
 * refuse it, located), neutral (same answer) or a robustness probe.
 *
 * <p>The seed is read as lines: comments and blank lines, one header, rows; a row is split at commas outside
 * quotes. Seeds have no line breaks inside quoted values.
 */
final class CsvMutations {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Numbers no field of this domain takes: beyond every bound, or not numbers at all. */
    static final List<String> IMPOSSIBLE_NUMBERS =
            List.of("1e400", "1e999999999", "-1e400", "99999999999999999999", "NaN", "Infinity", "-Infinity", "0x10");

    static final List<String> IMPOSSIBLE_DATES = List.of("2015-02-30", "2015-13-01", "0000-00-00", "1/1/2015");

    /** A line width and a field length far past any real file's. */
    static final int WIDE = 100_000;

    static final int LONG = 2_000_000;

    private final List<String> lines;
    private final int header;
    private final List<Integer> rows = new ArrayList<>();
    private final Random random;
    private final Set<String> textColumns;
    private final List<Mutation> out = new ArrayList<>();

    private CsvMutations(String seed, Random random, Set<String> textColumns) {
        this.lines = List.of(seed.split("\n", -1));
        this.random = random;
        this.textColumns = textColumns;
        int h = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (h < 0) {
                h = i;
            } else {
                rows.add(i);
            }
        }
        if (h < 0 || rows.isEmpty()) {
            throw new IllegalArgumentException("a seed needs a header and a row");
        }
        this.header = h;
    }

    /**
     * The mutations of a seed.
     *
     * @param textColumns columns whose values may look like numbers but are text (codes, ids)
     */
    static List<Mutation> of(String seed, long randomSeed, Set<String> textColumns) {
        CsvMutations m = new CsvMutations(seed, new Random(randomSeed), textColumns);
        m.invalidating();
        m.neutral();
        m.either();
        return m.out;
    }

    private List<String> headerFields() {
        return split(lines.get(header));
    }

    private int width() {
        return headerFields().size();
    }

    private int anyRow() {
        return rows.get(random.nextInt(rows.size()));
    }

    private void invalidating() {
        int n = width();
        int r = anyRow();
        if (n >= 2) {
            int c = random.nextInt(n);
            add(Mutation.Kind.INVALIDATING, "header without column " + (c + 1), edit(header, f -> drop(f, c)));
            add(Mutation.Kind.INVALIDATING, "line " + (r + 1) + " without field " + (c + 1), edit(r, f -> drop(f, c)));
            for (String d : List.of(";", "\t", "|")) {
                add(Mutation.Kind.INVALIDATING, "delimiter " + visible(d), mapLines(l -> delimited(l, d)));
            }
            int keep = 1 + random.nextInt(n - 1);
            add(
                    Mutation.Kind.INVALIDATING,
                    "line " + (r + 1) + " cut after field " + keep,
                    edit(r, f -> f.subList(0, keep)));
            StringBuilder cut = new StringBuilder();
            for (int i = 0; i < rows.get(rows.size() - 1); i++) {
                cut.append(lines.get(i)).append('\n');
            }
            List<String> last = split(lines.get(rows.get(rows.size() - 1)));
            cut.append(String.join(",", last.subList(0, keep)));
            add(Mutation.Kind.INVALIDATING, "file cut in its last row", bytes(cut.toString()));
        }
        int c = random.nextInt(n);
        add(Mutation.Kind.INVALIDATING, "column " + (c + 1) + " twice", mapRows(true, f -> twice(f, c)));
        add(Mutation.Kind.INVALIDATING, "invalid UTF-8 in line " + (r + 1), withBytes(r, new byte[] {(byte) 0xC3, 0x28
        }));
        // GBK text alone is read now (as GB18030, issue 16); bytes that neither UTF-8 nor GB18030 reads are not.
        add(Mutation.Kind.INVALIDATING, "bytes neither UTF-8 nor GB18030 in line " + (r + 1), withBytes(r, new byte[] {
            (byte) 0xFF, (byte) 0xFE
        }));
        add(Mutation.Kind.INVALIDATING, "unclosed quote in line " + (r + 1), edit(r, f -> set(f, 0, "\"" + f.get(0))));
        add(
                Mutation.Kind.INVALIDATING,
                "text after a quote in line " + (r + 1),
                edit(r, f -> set(f, 0, "\"" + unquoted(f.get(0)) + "\"x")));
        add(Mutation.Kind.INVALIDATING, "empty file", new byte[0]);
        add(Mutation.Kind.INVALIDATING, "only blanks and comments", bytes("# nothing here\n\n   \n"));
        add(Mutation.Kind.INVALIDATING, "header " + WIDE + " columns wider", edit(header, f -> wider(f, "extra_")));
        add(Mutation.Kind.INVALIDATING, "line " + (r + 1) + " " + WIDE + " fields wider", edit(r, f -> wider(f, "")));
        add(
                Mutation.Kind.INVALIDATING,
                "a header field of " + LONG + " characters",
                edit(header, f -> set(f, 0, "h".repeat(LONG))));
        add(
                Mutation.Kind.INVALIDATING,
                "a field of " + LONG + " characters in line " + (r + 1),
                edit(r, f -> set(f, random.nextInt(f.size()), "9".repeat(LONG))));
        numbersAndDates();
    }

    /** Every impossible number in a numeric cell, every impossible date in a date cell, of some rows. */
    private void numbersAndDates() {
        List<String> names = headerFields();
        List<Integer> some = new ArrayList<>(rows);
        Collections.shuffle(some, random);
        for (int r : some.subList(0, 1)) {
            List<String> fields = split(lines.get(r));
            for (int c = 0; c < fields.size() && c < names.size(); c++) {
                String v = unquoted(fields.get(c));
                int col = c;
                if (NUMBER.matcher(v).matches()
                        && !textColumns.contains(names.get(c).strip())) {
                    for (String bad : some(IMPOSSIBLE_NUMBERS, 3)) {
                        add(
                                Mutation.Kind.INVALIDATING,
                                names.get(c) + "=" + bad + " in line " + (r + 1),
                                edit(r, f -> set(f, col, bad)));
                    }
                } else if (v.length() >= 10 && DATE.matcher(v.substring(0, 10)).matches()) {
                    for (String bad : some(IMPOSSIBLE_DATES, 2)) {
                        String replaced = bad + v.substring(10);
                        add(
                                Mutation.Kind.INVALIDATING,
                                names.get(c) + "=" + replaced + " in line " + (r + 1),
                                edit(r, f -> set(f, col, replaced)));
                    }
                }
            }
        }
    }

    /** {@code n} of the values, chosen by the seeded generator. */
    private List<String> some(List<String> values, int n) {
        List<String> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private void neutral() {
        int n = width();
        StringBuilder commented = new StringBuilder("# added by the fuzz suite, with a comma, and \"quotes\"\n");
        for (int i = 0; i < lines.size(); i++) {
            commented.append(lines.get(i));
            if (i < lines.size() - 1) {
                commented.append('\n');
                if (rows.contains(i) && random.nextBoolean()) {
                    commented.append("# a comment between rows\n");
                }
            }
        }
        add(Mutation.Kind.NEUTRAL, "comment lines", bytes(commented.toString()));
        add(Mutation.Kind.NEUTRAL, "blank lines between rows", mapRowsText(l -> l + "\n\n"));
        add(Mutation.Kind.NEUTRAL, "CRLF line ends", bytes(String.join("\r\n", lines)));
        add(
                Mutation.Kind.NEUTRAL,
                "byte-order mark",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(String.join("\n", lines))));
        add(Mutation.Kind.NEUTRAL, "another line end at the end", bytes(String.join("\n", lines) + "\n"));
        add(
                Mutation.Kind.NEUTRAL,
                "blanks around header names",
                edit(header, f -> f.stream().map(x -> " " + x + " ").toList()));
        int r = anyRow();
        add(
                Mutation.Kind.NEUTRAL,
                "line " + (r + 1) + " quoted",
                edit(
                        r,
                        f -> f.stream()
                                .map(x -> x.startsWith("\"") ? x : "\"" + x + "\"")
                                .toList()));
        if (n >= 2) {
            int a = random.nextInt(n);
            int b = (a + 1 + random.nextInt(n - 1)) % n;
            add(
                    Mutation.Kind.NEUTRAL,
                    "columns " + (a + 1) + " and " + (b + 1) + " swapped",
                    mapRows(true, f -> swap(f, a, b)));
        }
    }

    private void either() {
        byte[] seed = bytes(String.join("\n", lines));
        for (int i = 0; i < 4; i++) {
            int at = random.nextInt(seed.length);
            byte[] cut = new byte[at];
            System.arraycopy(seed, 0, cut, 0, at);
            add(Mutation.Kind.EITHER, "file cut at byte " + at, cut);
        }
        for (int i = 0; i < 6; i++) {
            byte[] noisy = seed.clone();
            int count = 1 + random.nextInt(8);
            for (int k = 0; k < count; k++) {
                noisy[random.nextInt(noisy.length)] = (byte) random.nextInt(256);
            }
            add(Mutation.Kind.EITHER, "random bytes (" + i + ")", noisy);
        }
        StringBuilder headerOnly = new StringBuilder();
        for (int i = 0; i <= header; i++) {
            headerOnly.append(lines.get(i)).append('\n');
        }
        add(Mutation.Kind.EITHER, "header only", bytes(headerOnly.toString()));
        int r = anyRow();
        add(
                Mutation.Kind.EITHER,
                "line " + (r + 1) + " twice",
                mapRowsText(l -> l.equals(lines.get(r)) ? l + "\n" + l : l));
        int c = random.nextInt(width());
        add(Mutation.Kind.EITHER, "line " + (r + 1) + " field " + (c + 1) + " blank", edit(r, f -> set(f, c, "")));
        add(
                Mutation.Kind.EITHER,
                "line " + (r + 1) + " field " + (c + 1) + " negative",
                edit(r, f -> set(f, c, "-" + unquoted(f.get(c)))));
    }

    // ---- editing

    private void add(Mutation.Kind kind, String name, byte[] bytes) {
        out.add(new Mutation(name, kind, bytes));
    }

    private byte[] edit(int line, UnaryOperator<List<String>> change) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(line, String.join(",", change.apply(split(lines.get(line)))));
        return bytes(String.join("\n", copy));
    }

    private byte[] mapRows(boolean withHeader, UnaryOperator<List<String>> change) {
        List<String> copy = new ArrayList<>(lines);
        if (withHeader) {
            copy.set(header, String.join(",", change.apply(split(lines.get(header)))));
        }
        for (int r : rows) {
            copy.set(r, String.join(",", change.apply(split(lines.get(r)))));
        }
        return bytes(String.join("\n", copy));
    }

    private byte[] mapRowsText(UnaryOperator<String> change) {
        List<String> copy = new ArrayList<>(lines);
        for (int r : rows) {
            copy.set(r, change.apply(lines.get(r)));
        }
        return bytes(String.join("\n", copy));
    }

    private byte[] mapLines(UnaryOperator<String> change) {
        List<String> copy = new ArrayList<>(lines);
        for (int i = 0; i < copy.size(); i++) {
            if (i == header || rows.contains(i)) {
                copy.set(i, change.apply(copy.get(i)));
            }
        }
        return bytes(String.join("\n", copy));
    }

    /** The line with the bytes put into its first field's value. */
    private byte[] withBytes(int line, byte[] inserted) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                b.writeBytes(new byte[] {'\n'});
            }
            String l = lines.get(i);
            if (i == line) {
                int at = l.startsWith("\"") ? 1 : Math.min(1, l.length());
                b.writeBytes(bytes(l.substring(0, at)));
                b.writeBytes(inserted);
                b.writeBytes(bytes(l.substring(at)));
            } else {
                b.writeBytes(bytes(l));
            }
        }
        return b.toByteArray();
    }

    private static List<String> drop(List<String> f, int c) {
        List<String> copy = new ArrayList<>(f);
        if (c < copy.size()) {
            copy.remove(c);
        }
        return copy;
    }

    private static List<String> twice(List<String> f, int c) {
        List<String> copy = new ArrayList<>(f);
        if (c < copy.size()) {
            copy.add(c, copy.get(c));
        }
        return copy;
    }

    private static List<String> swap(List<String> f, int a, int b) {
        List<String> copy = new ArrayList<>(f);
        if (a < copy.size() && b < copy.size()) {
            Collections.swap(copy, a, b);
        }
        return copy;
    }

    private static List<String> set(List<String> f, int c, String value) {
        List<String> copy = new ArrayList<>(f);
        copy.set(Math.min(c, copy.size() - 1), value);
        return copy;
    }

    private static List<String> wider(List<String> f, String prefix) {
        List<String> copy = new ArrayList<>(f);
        for (int i = 0; i < WIDE; i++) {
            copy.add(prefix + i);
        }
        return copy;
    }

    private static String delimited(String line, String d) {
        return String.join(d, split(line));
    }

    private static String unquoted(String field) {
        return field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")
                ? field.substring(1, field.length() - 1).replace("\"\"", "\"")
                : field;
    }

    private static String visible(String d) {
        return d.equals("\t") ? "TAB" : d;
    }

    /** The raw fields of a line, quotes kept, split at commas outside quotes. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                fields.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        fields.add(f.toString());
        return fields;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
