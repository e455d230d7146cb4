package org.ruralwater.core.datafile;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;

/**
 * Reads a CSV file with a header row into records, strictly, reporting every problem in the file at once.
 *
 * <p>The record's components are the columns, named in snake_case ({@code peopleServed} is the column
 * {@code people_served}); columns may come in any order. A component of type {@code Optional<X>} is an
 * optional column (it may be left out of the header, or left blank); every other column is required and
 * must not be blank. A {@code List<X>} holds values separated by {@code ;}. Values are read as described by
 * their type: numbers, ISO dates, enum codes (the constant's name in any case), or any type with a public
 * static {@code parse(String)} method, such as {@code RegionCode} or {@code Quantity}.
 *
 * <p>The input is UTF-8, with or without a byte-order mark, with LF or CRLF line ends, and quoted fields
 * may hold commas, quotes ({@code ""}) and line breaks. Lines starting with {@code #} before or between
 * rows are comments, where data files name their sources; blank lines are skipped.
 *
 * <p>A header with an unknown or repeated column, a missing required column, a row with too many or too
 * few fields, a blank required value, a value that does not parse, and a row the record itself refuses are
 * each reported as a {@link Problem}, once per cause and row; so are a header wider than {@value #MAX_COLUMNS}
 * columns and a value longer than {@value #MAX_FIELD_LENGTH} characters. When there is any problem,
 * {@link InvalidInputException} is thrown with them all and nothing is returned.
 */
public final class CsvReader<T extends Record> {

    /**
     * The widest header read: a wider one is one problem, not a problem for each of its columns (a header of
     * 100,000 columns once took 98 s and 6 GB to report).
     */
    public static final int MAX_COLUMNS = 1_000;

    /** The longest value read, in characters; a longer one is a problem, and is neither parsed nor quoted. */
    public static final int MAX_FIELD_LENGTH = 10_000;

    private final RecordShape<T> shape;

    private CsvReader(RecordShape<T> shape) {
        this.shape = shape;
    }

    /**
     * A reader for the record type given.
     *
     * @throws IllegalArgumentException when a component has a type the reader cannot read, or a nested
     *     record (CSV is flat)
     */
    public static <T extends Record> CsvReader<T> forRecord(Class<T> type) {
        RecordShape<T> shape = RecordShape.of(requireNonNull(type, "type"));
        for (RecordShape.Field f : shape.fields()) {
            ValueType t = f.type();
            while (t instanceof ValueType.OptionalOf o) {
                t = o.element();
            }
            if (t instanceof ValueType.ListOf l) {
                t = l.element();
            }
            if (!(t instanceof ValueType.Scalar)) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + f.name()
                        + " is a nested record or list of lists, which a flat CSV row cannot hold");
            }
        }
        return new CsvReader<>(shape);
    }

    /** The column names, in the record's order. */
    public List<String> columns() {
        return shape.names();
    }

    /** Reads the file; problems name it by its file name. */
    public List<T> read(Path file) {
        return read(file, (source, line, value) -> value);
    }

    /** Reads the stream; problems name it as {@code source}. */
    public List<T> read(String source, InputStream in) {
        return read(source, in, (file, line, value) -> value);
    }

    /** Reads the file, keeping each record's line for later messages. */
    public List<Located<T>> readLocated(Path file) {
        return read(file, Located::new);
    }

    public List<Located<T>> readLocated(String source, InputStream in) {
        return read(source, in, Located::new);
    }

    private <R> List<R> read(Path file, Result<T, R> result) {
        String source = file.getFileName().toString();
        return parse(new Problems(source), Text.bytesOf(file, source), result);
    }

    private <R> List<R> read(String source, InputStream in, Result<T, R> result) {
        requireNonNull(source, "source");
        return parse(new Problems(source), Text.bytesOf(requireNonNull(in, "in"), source), result);
    }

    /** What a read returns for each record: the record itself, or the record with where it was read. */
    @FunctionalInterface
    private interface Result<T, R> {
        R of(String source, int line, T value);
    }

    private <R> List<R> parse(Problems problems, byte[] bytes, Result<T, R> result) {
        int start = Text.textStart(bytes);
        boolean ascii = Text.isAscii(bytes, start);
        if (!ascii) {
            Text.decode(bytes, problems); // only to check the bytes: the tokenizer reads them as they are
            problems.throwIfAny();
        }
        List<R> out = new ArrayList<>();
        CsvTokenizer in = new CsvTokenizer(bytes, start, ascii);
        try {
            if (!in.nextRow()) {
                problems.add(1, 1, "(header)", Phrase.of(CoreWords.HEADER_ROW), Phrase.of(CoreWords.EMPTY_FILE));
                problems.throwIfAny();
            }
            Header header = readHeader(in, problems);
            while (in.nextRow()) {
                T value = readRow(in, header, problems);
                if (value != null) {
                    out.add(result.of(problems.source(), in.rowLine(), value));
                }
            }
        } catch (CsvTokenizer.SyntaxError e) {
            problems.add(
                    e.line(),
                    e.column(),
                    "(syntax)",
                    Phrase.of(CoreWords.WELL_FORMED_CSV),
                    Phrase.of(CoreWords.SYNTAX_ERROR, e.getMessage()));
        }
        problems.throwIfAny();
        return List.copyOf(out);
    }

    /**
     * The header of the text being read, a column for each position; and the values of the row being read,
     * a slot for each field, used row after row (a record's constructor copies them).
     */
    private static final class Header {
        final CsvColumn[] columns;
        /** Whether every required field has a column; if not, rows are checked but build no record. */
        final boolean complete;

        final Object[] values;

        Header(CsvColumn[] columns, RecordShape.Field[] fields) {
            this.columns = columns;
            this.values = new Object[fields.length];
            boolean[] present = new boolean[fields.length];
            for (CsvColumn c : columns) {
                if (c.field() != null) {
                    present[c.field().index()] = true;
                }
            }
            boolean required = true;
            for (RecordShape.Field f : fields) {
                if (!present[f.index()]) {
                    // Every row leaves the field out: it is empty, or the header was reported for it.
                    values[f.index()] = Optional.empty();
                    required &= !f.isRequired();
                }
            }
            this.complete = required;
        }
    }

    private Header readHeader(CsvTokenizer in, Problems problems) {
        List<CsvColumn> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        // The header's problems wait until its width is known: a header too wide is that one problem.
        Problems names = new Problems(problems.source());
        int line = 0;
        int count = 0;
        int wideLine = 0;
        int wideColumn = 0;
        while (in.nextField()) {
            line = in.line();
            if (++count > MAX_COLUMNS) {
                if (count == MAX_COLUMNS + 1) {
                    wideLine = in.line();
                    wideColumn = in.column();
                }
                continue;
            }
            if (tooLong(in, "(header)", names)) {
                columns.add(new CsvColumn(null));
                continue;
            }
            String name = in.value().strip();
            RecordShape.Field f = shape.field(name);
            if (f == null) {
                names.add(
                        in.line(),
                        in.column(),
                        name.isEmpty() ? "(header)" : name,
                        Phrase.of(CoreWords.ONE_OF_COLUMNS, shape.names()),
                        Phrase.of(CoreWords.UNKNOWN_COLUMN, Phrase.quoted(name)),
                        shape.nearest(name));
            } else if (seen.containsKey(name)) {
                names.add(
                        in.line(),
                        in.column(),
                        name,
                        Phrase.of(CoreWords.EACH_COLUMN_ONCE),
                        Phrase.of(CoreWords.SECOND_COLUMN, Phrase.quoted(name), seen.get(name)));
                f = null;
            } else {
                seen.put(name, columns.size() + 1);
            }
            columns.add(new CsvColumn(f));
        }
        if (count > MAX_COLUMNS) {
            problems.add(
                    wideLine,
                    wideColumn,
                    "(header)",
                    Phrase.of(CoreWords.AT_MOST_COLUMNS, MAX_COLUMNS),
                    Phrase.of(CoreWords.HEADER_OF_COLUMNS, count));
            problems.throwIfAny(); // its rows cannot be read against a header cut short
        }
        problems.addAll(names.list());
        for (RecordShape.Field f : shape.fields()) {
            if (f.isRequired() && !seen.containsKey(f.name())) {
                problems.add(
                        line,
                        1,
                        f.name(),
                        Phrase.of(CoreWords.COLUMN_NAMED, f.name()),
                        Phrase.of(CoreWords.NO_SUCH_COLUMN));
            }
        }
        return new Header(columns.toArray(new CsvColumn[0]), shape.fieldArray());
    }

    /** Reads the row's fields into a record, or returns null when the row has problems. */
    private T readRow(CsvTokenizer in, Header header, Problems problems) {
        CsvColumn[] columns = header.columns;
        Object[] values = header.values;
        boolean ok = true;
        int position = 0;
        int extraLine = 0;
        int extraColumn = 0;
        String extra = null;
        while (in.nextField()) {
            if (position >= columns.length) {
                if (extra == null) { // one problem for the row, however many fields it has too many
                    extraLine = in.line();
                    extraColumn = in.column();
                    extra = in.valueLength() > MAX_FIELD_LENGTH ? "" : in.value();
                }
                ok = false;
            } else {
                CsvColumn c = columns[position];
                RecordShape.Field f = c.field();
                if (f != null && tooLong(in, f.name(), problems)) {
                    ok = false;
                } else if (f != null) {
                    Object value = c.remembered(in);
                    if (value == null) {
                        String text = in.value();
                        value = convert(f, text);
                        if (value instanceof Bad b) {
                            problems.add(in.line(), in.column(), f.name(), b.expected(), describe(text));
                            ok = false;
                        } else {
                            c.remember(in, value);
                        }
                    }
                    values[f.index()] = value;
                }
            }
            position++;
        }
        if (extra != null) {
            problems.add(
                    extraLine,
                    extraColumn,
                    "(row)",
                    Phrase.of(CoreWords.FIELDS_AS_IN_HEADER, columns.length),
                    position == columns.length + 1
                            ? Phrase.of(CoreWords.EXTRA_FIELD, Phrase.quoted(extra))
                            : Phrase.of(CoreWords.ROW_OF_FIELDS, position));
        }
        if (position < columns.length) {
            // The tokenizer is still at the row's last field; one problem for the row, named for the first
            // field it lacks.
            RecordShape.Field f = columns[position].field();
            problems.add(
                    in.line(),
                    in.column(),
                    f == null ? "(row)" : f.name(),
                    Phrase.of(CoreWords.FIELDS_AS_IN_HEADER, columns.length),
                    position == 1
                            ? Phrase.of(CoreWords.ROW_OF_ONE_FIELD)
                            : Phrase.of(CoreWords.ROW_OF_FIELDS, position));
            ok = false;
        }
        if (!ok || !header.complete) {
            return null; // a missing required column was reported once, with the header
        }
        Object built = shape.construct(values);
        if (built instanceof RecordShape.Refusal r) {
            problems.add(
                    in.rowLine(),
                    1,
                    "(row)",
                    Phrase.of(CoreWords.VALID_RECORD, shape.type().getSimpleName()),
                    Phrase.verbatim(r.message().replace('\n', ' ')));
            return null;
        }
        return shape.type().cast(built);
    }

    /** Whether the current field is longer than a value may be; if so, reports it. */
    private static boolean tooLong(CsvTokenizer in, String field, Problems problems) {
        // Bytes first: a character is at least one byte, so most values are answered without decoding.
        if (in.valueLength() <= MAX_FIELD_LENGTH) {
            return false;
        }
        int length = in.value().length();
        if (length <= MAX_FIELD_LENGTH) {
            return false;
        }
        problems.add(
                in.line(),
                in.column(),
                field,
                Phrase.of(CoreWords.VALUE_AT_MOST, MAX_FIELD_LENGTH),
                Phrase.of(CoreWords.VALUE_OF_LENGTH, length));
        return true;
    }

    /** A value that could not be read: what was expected instead. */
    private record Bad(Phrase expected) {}

    /** The value of a field read from its text, or a {@link Bad} one: also outside the field's range. */
    private static Object convert(RecordShape.Field f, String text) {
        Object value = read(f, text);
        Range range = f.range();
        if (range != null && !(value instanceof Bad) && !range.admits(value)) {
            return new Bad(range.expected(ValueType.scalarOf(f.type()).expected()));
        }
        return value;
    }

    private static Object read(RecordShape.Field f, String text) {
        ValueType type = f.type();
        boolean blank = isBlank(text);
        if (type instanceof ValueType.OptionalOf o) {
            if (blank) {
                return Optional.empty();
            }
            Object inner = o.element() instanceof ValueType.Scalar s ? parse(s, text) : convert(o.element(), text);
            return inner instanceof Bad ? inner : Optional.of(inner);
        }
        if (type instanceof ValueType.ListOf) {
            return convert(type, text);
        }
        ValueType.Scalar s = (ValueType.Scalar) type;
        if (blank) {
            return new Bad(Phrase.of(CoreWords.REQUIRED_VALUE, s.expected()));
        }
        return parse(s, text);
    }

    private static Object convert(ValueType type, String text) {
        if (type instanceof ValueType.ListOf l) {
            List<Object> items = new ArrayList<>();
            if (text.isBlank()) {
                return List.of();
            }
            for (String part : text.split(";", -1)) {
                Object item = convert(l.element(), part);
                if (item instanceof Bad b) {
                    return new Bad(Phrase.of(CoreWords.LIST_OF, b.expected(), describe(part)));
                }
                items.add(item);
            }
            return List.copyOf(items);
        }
        ValueType.Scalar s = (ValueType.Scalar) type;
        if (isBlank(text)) {
            return new Bad(s.expected());
        }
        return parse(s, text);
    }

    /** The value of a text that is not blank. */
    private static Object parse(ValueType.Scalar s, String text) {
        try {
            return s.parse(text);
        } catch (ValueType.BadValue e) {
            return new Bad(e.expected());
        }
    }

    /** {@link String#isBlank}, answered at the first character for most values. */
    private static boolean isBlank(String text) {
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        return (first <= ' ' || first >= 0x7f) && text.isBlank(); // printable ASCII is never white space
    }

    private static Phrase describe(String text) {
        return text.isEmpty() ? Phrase.of(CoreWords.EMPTY_VALUE) : Phrase.quoted(text);
    }
}
