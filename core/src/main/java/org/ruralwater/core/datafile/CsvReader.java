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
 * <p>The input is UTF-8, with or without a byte-order mark; else GB18030 (which covers GBK), told as a
 * {@link Notice}; else a problem at the first bytes neither reads (a {@link ReadingScope} may declare the
 * encoding instead). Lines end with LF or CRLF, and quoted fields
 * may hold commas, quotes ({@code ""}) and line breaks. Lines starting with {@code #} before or between
 * rows are comments, where data files name their sources; blank lines are skipped, and so are rows whose
 * every field is empty (a row of commas, as spreadsheets write), which are counted and told. A workbook's
 * sheet ({@link Sheet}) is read the same way, cell by cell.
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

    /**
     * Reads the file; problems name it by its file name. A file named {@code *.xlsx} is a workbook: its first
     * sheet is read (through the {@link SheetReader} the {@code ruralwater-workbook} module provides).
     */
    public List<T> read(Path file) {
        String source = file.getFileName().toString();
        if (isWorkbook(source)) {
            return read(Workbooks.firstSheet(file, source));
        }
        return this.<T>parse(new Problems(source), Text.bytesOf(file, source), RowKind.VALUE)
                .rows();
    }

    /** Reads the stream; problems name it as {@code source}. */
    public List<T> read(String source, InputStream in) {
        requireNonNull(source, "source");
        return this.<T>parse(new Problems(source), Text.bytesOf(requireNonNull(in, "in"), source), RowKind.VALUE)
                .rows();
    }

    /** Reads a workbook's sheet, as strictly as a file; problems name its cells ({@code file.xlsx:Sheet!F7}). */
    public List<T> read(Sheet sheet) {
        Problems problems = new Problems(sheet.source(), sheet.name());
        return this.<T>read(problems, new SheetFields(sheet), java.nio.charset.StandardCharsets.UTF_8, RowKind.VALUE)
                .rows();
    }

    /** Reads the file, keeping each record's line for later messages. */
    public List<Located<T>> readLocated(Path file) {
        return reading(file).rows();
    }

    public List<Located<T>> readLocated(String source, InputStream in) {
        return reading(source, in).rows();
    }

    public List<Located<T>> readLocated(Sheet sheet) {
        return reading(sheet).rows();
    }

    /**
     * Reads the file, with what was told about it: the encoding it was read in and the empty rows skipped
     * (also told as {@link Notice}s to the {@link ReadingScope}, if one is open).
     */
    public Reading<T> reading(Path file) {
        String source = file.getFileName().toString();
        if (isWorkbook(source)) {
            return reading(Workbooks.firstSheet(file, source));
        }
        return located(parse(new Problems(source), Text.bytesOf(file, source), RowKind.LOCATED));
    }

    public Reading<T> reading(String source, InputStream in) {
        requireNonNull(source, "source");
        return located(parse(new Problems(source), Text.bytesOf(requireNonNull(in, "in"), source), RowKind.LOCATED));
    }

    public Reading<T> reading(Sheet sheet) {
        Problems problems = new Problems(sheet.source(), sheet.name());
        return located(
                read(problems, new SheetFields(sheet), java.nio.charset.StandardCharsets.UTF_8, RowKind.LOCATED));
    }

    /**
     * The file a folder holds under a CSV file's name ({@code households.csv}), or its workbook twin
     * ({@code households.xlsx}) when only that is there; the CSV file's path when neither is, so that the
     * problem names the file the folder should have.
     */
    public static Path csvOrWorkbook(Path folder, String csvFileName) {
        Path csv = folder.resolve(csvFileName);
        if (!java.nio.file.Files.exists(csv) && csvFileName.endsWith(".csv")) {
            Path xlsx = folder.resolve(csvFileName.substring(0, csvFileName.length() - 4) + ".xlsx");
            if (java.nio.file.Files.isRegularFile(xlsx)) {
                return xlsx;
            }
        }
        return csv;
    }

    /** Whether a file of this name is a workbook rather than CSV text. */
    static boolean isWorkbook(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * What each row read becomes: the record itself, or the record with where it was read. A caller that
     * wants only the records gets them without a located copy of each (a large file's rows are many).
     */
    private enum RowKind {
        VALUE,
        LOCATED
    }

    /** A read's rows, each a record or a {@link Located} one as its {@link RowKind} says, and what was told. */
    private record Read<R>(List<R> rows, java.nio.charset.Charset charset, int emptyRowsSkipped, List<String> header) {}

    @SuppressWarnings("unchecked") // the rows of a LOCATED read are Located<T>
    private Reading<T> located(Read<?> read) {
        return new Reading<>((List<Located<T>>) read.rows(), read.charset(), read.emptyRowsSkipped(), read.header());
    }

    /**
     * What a read gave: the records with where each was read, the encoding the text was in (UTF-8 for a
     * sheet, whose text is not encoded), how many entirely empty rows (a row of commas) were skipped, and
     * the header's column names in the file's order (for placing later problems at their columns).
     */
    public record Reading<T>(
            List<Located<T>> rows, java.nio.charset.Charset charset, int emptyRowsSkipped, List<String> header) {
        public Reading {
            requireNonNull(charset, "charset");
            rows = List.copyOf(rows);
            header = List.copyOf(header);
        }
    }

    private <R> Read<R> parse(Problems problems, byte[] bytes, RowKind kind) {
        Text.Decoded d = Text.utf8(bytes, problems);
        problems.throwIfAny();
        return read(problems, new CsvTokenizer(d.bytes(), d.start(), d.ascii()), d.charset(), kind);
    }

    @SuppressWarnings("unchecked") // a row is a T or a Located<T>, as the kind asks
    private <R> Read<R> read(Problems problems, Fields in, java.nio.charset.Charset charset, RowKind kind) {
        List<Object> out = new ArrayList<>();
        int empty = 0;
        Header header = null;
        try {
            if (!in.nextRow()) {
                problems.add(1, 1, "(header)", Phrase.of(CoreWords.HEADER_ROW), Phrase.of(CoreWords.EMPTY_FILE));
                problems.throwIfAny();
            }
            header = readHeader(in, problems);
            CsvTokenizer csv = in instanceof CsvTokenizer t ? t : null;
            String sheet = csv == null ? problems.sheet() : "";
            RowState row = new RowState();
            while (in.nextRow()) {
                int mark = problems.size();
                Object value =
                        csv != null ? readCsvRow(csv, header, row, problems) : readSheetRow(in, header, row, problems);
                if (value == EMPTY_ROW) {
                    // A row of commas (or a sheet's row of empty cells): nothing to read, nothing wrong.
                    problems.dropAfter(mark);
                    empty++;
                } else if (value != null) {
                    T record = shape.type().cast(value);
                    out.add(
                            kind == RowKind.VALUE
                                    ? record
                                    : new Located<>(problems.source(), sheet, in.rowLine(), record));
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
        if (empty > 0) {
            problems.notice(
                    empty == 1
                            ? Phrase.of(CoreWords.EMPTY_ROW_SKIPPED)
                            : Phrase.of(CoreWords.EMPTY_ROWS_SKIPPED, empty));
        }
        problems.throwIfAny();
        return new Read<>((List<R>) List.copyOf(out), charset, empty, header == null ? List.of() : header.names);
    }

    /** What {@link #readCsvRow} returns for a row whose every field is empty. */
    private static final Object EMPTY_ROW = new Object();

    /**
     * The header of the text being read, a column for each position; and the values of the row being read,
     * a slot for each field, used row after row (a record's constructor copies them).
     */
    private static final class Header {
        final CsvColumn[] columns;
        /** Whether every required field has a column; if not, rows are checked but build no record. */
        final boolean complete;
        /** The columns' names as the header spells them, in its order. */
        final List<String> names;

        final Object[] values;

        Header(CsvColumn[] columns, RecordShape.Field[] fields, List<String> names) {
            this.columns = columns;
            this.names = List.copyOf(names);
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

    private Header readHeader(Fields in, Problems problems) {
        List<CsvColumn> columns = new ArrayList<>();
        List<String> headerNames = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        // The header's problems wait until its width is known: a header too wide is that one problem.
        Problems names = new Problems(problems.source(), problems.sheet());
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
                headerNames.add("");
                continue;
            }
            String name = in.value().strip();
            headerNames.add(name);
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
        return new Header(columns.toArray(new CsvColumn[0]), shape.fieldArray(), headerNames);
    }

    /**
     * What is known of the row being read once its fields are: whether all were read well, whether all were
     * empty, how many there were, and the first field past the header's width. One per read, reset per row.
     */
    private static final class RowState {
        boolean ok;
        boolean empty;
        int position;
        int extraLine;
        int extraColumn;
        /** The first field past the header's width (empty if too long to show), or null. */
        String extra;

        void reset() {
            ok = true;
            empty = true;
            position = 0;
            extra = null;
        }

        /** Notes a field past the header's width: one problem for the row, however many it has too many. */
        void tooWide(Fields in) {
            if (extra == null) {
                extraLine = in.line();
                extraColumn = in.column();
                extra = in.valueLength() > MAX_FIELD_LENGTH ? "" : in.value();
            }
            ok = false;
        }
    }

    /**
     * Reads a CSV row's fields into a record; returns null when the row has problems, and {@link #EMPTY_ROW}
     * when every field is empty (its problems are then dropped).
     *
     * <p>This loop and {@link #readSheetRow}'s are the same but for the type of their source: called on the
     * final tokenizer class rather than the {@link Fields} interface, every call in this loop over most of
     * a file's fields is inlined, and the strict read of the demo county's households takes about 15% less
     * time than through the interface (core/docs/design-decisions.md).
     */
    private Object readCsvRow(CsvTokenizer in, Header header, RowState row, Problems problems) {
        CsvColumn[] columns = header.columns;
        Object[] values = header.values;
        row.reset();
        // Locals, not the row state's fields, in this loop over every field; stored once, after it.
        boolean ok = true;
        boolean empty = true;
        int position = 0;
        while (in.nextField()) {
            empty &= in.isEmpty();
            if (position >= columns.length) {
                row.tooWide(in);
            } else {
                CsvColumn c = columns[position];
                RecordShape.Field f = c.field();
                if (f != null && in.valueLength() > MAX_FIELD_LENGTH && tooLong(in, f.name(), problems)) {
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
        row.ok &= ok;
        row.empty = empty;
        row.position = position;
        return endOfRow(in, header, row, problems);
    }

    /** {@link #readCsvRow} for a sheet's row, whose cells are typed and few: nothing remembered. */
    private Object readSheetRow(Fields in, Header header, RowState row, Problems problems) {
        CsvColumn[] columns = header.columns;
        Object[] values = header.values;
        row.reset();
        while (in.nextField()) {
            row.empty &= in.isEmpty();
            if (row.position >= columns.length) {
                row.tooWide(in);
            } else {
                RecordShape.Field f = columns[row.position].field();
                if (f != null && tooLong(in, f.name(), problems)) {
                    row.ok = false;
                } else if (f != null) {
                    String text = in.value(f);
                    Object value = convert(f, text);
                    if (value instanceof Bad b) {
                        problems.add(in.line(), in.column(), f.name(), b.expected(), describe(text));
                        row.ok = false;
                    }
                    values[f.index()] = value;
                }
            }
            row.position++;
        }
        return endOfRow(in, header, row, problems);
    }

    /** The row's record from its fields' values, once they are read; null if the row has problems. */
    private Object endOfRow(Fields in, Header header, RowState row, Problems problems) {
        int width = header.columns.length;
        if (row.empty) {
            return EMPTY_ROW;
        }
        if (row.extra != null) {
            problems.add(
                    row.extraLine,
                    row.extraColumn,
                    "(row)",
                    Phrase.of(CoreWords.FIELDS_AS_IN_HEADER, width),
                    row.position == width + 1
                            ? Phrase.of(CoreWords.EXTRA_FIELD, Phrase.quoted(row.extra))
                            : Phrase.of(CoreWords.ROW_OF_FIELDS, row.position));
        }
        if (row.position < width) {
            // The source is still at the row's last field; one problem for the row, named for the first
            // field it lacks.
            RecordShape.Field f = header.columns[row.position].field();
            problems.add(
                    in.line(),
                    in.column(),
                    f == null ? "(row)" : f.name(),
                    Phrase.of(CoreWords.FIELDS_AS_IN_HEADER, width),
                    row.position == 1
                            ? Phrase.of(CoreWords.ROW_OF_ONE_FIELD)
                            : Phrase.of(CoreWords.ROW_OF_FIELDS, row.position));
            row.ok = false;
        }
        if (!row.ok || !header.complete) {
            return null; // a missing required column was reported once, with the header
        }
        Object built = shape.construct(header.values);
        if (built instanceof RecordShape.Refusal r) {
            problems.add(
                    in.rowLine(),
                    1,
                    "(row)",
                    Phrase.of(CoreWords.VALID_RECORD, shape.type().getSimpleName()),
                    r.reason());
            return null;
        }
        return shape.type().cast(built);
    }

    /** Whether the current field is longer than a value may be; if so, reports it. */
    private static boolean tooLong(Fields in, String field, Problems problems) {
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
