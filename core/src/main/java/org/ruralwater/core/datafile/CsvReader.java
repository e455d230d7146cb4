package org.ruralwater.core.datafile;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * each reported as a {@link Problem}; when there is any, {@link InvalidInputException} is thrown with them
 * all and nothing is returned.
 */
public final class CsvReader<T extends Record> {

    private static final CsvFactory FACTORY = new CsvFactory();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withAllowComments(true);

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
        return values(readLocated(file));
    }

    /** Reads the stream; problems name it as {@code source}. */
    public List<T> read(String source, InputStream in) {
        return values(readLocated(source, in));
    }

    /** Reads the file, keeping each record's line for later messages. */
    public List<Located<T>> readLocated(Path file) {
        String source = file.getFileName().toString();
        return parse(source, Text.bytesOf(file, source));
    }

    public List<Located<T>> readLocated(String source, InputStream in) {
        requireNonNull(source, "source");
        return parse(source, Text.bytesOf(requireNonNull(in, "in"), source));
    }

    private static <T> List<T> values(List<Located<T>> located) {
        List<T> out = new ArrayList<>(located.size());
        for (Located<T> l : located) {
            out.add(l.value());
        }
        return out;
    }

    private List<Located<T>> parse(String source, byte[] bytes) {
        Problems problems = new Problems(source);
        String text = Text.decode(bytes, problems);
        problems.throwIfAny();
        List<Located<T>> out = new ArrayList<>();
        try (CsvParser p = FACTORY.createParser(text)) {
            p.setSchema(SCHEMA);
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            if (p.nextToken() != JsonToken.START_ARRAY) {
                problems.add(1, 1, "(header)", Phrase.of(CoreWords.HEADER_ROW), Phrase.of(CoreWords.EMPTY_FILE));
                problems.throwIfAny();
            }
            Header header = readHeader(p, problems);
            if (header == null) {
                problems.add(1, 1, "(header)", Phrase.of(CoreWords.HEADER_ROW), Phrase.of(CoreWords.EMPTY_FILE));
                problems.throwIfAny();
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
                readRow(p, header, problems, out);
            }
        } catch (JsonProcessingException e) {
            problems.addSyntax(e, CoreWords.WELL_FORMED_CSV);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.throwIfAny();
        return List.copyOf(out);
    }

    /** The columns of the header: for each position, the field it fills, or null for an unknown column. */
    private record Header(List<RecordShape.Field> fields, int line) {}

    private Header readHeader(CsvParser p, Problems problems) throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<RecordShape.Field> fields = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int line = 0;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
            JsonLocation l = p.currentTokenLocation();
            line = l.getLineNr();
            String name = p.getText().strip();
            RecordShape.Field f = shape.field(name);
            if (f == null) {
                problems.add(
                        l.getLineNr(),
                        l.getColumnNr(),
                        name.isEmpty() ? "(header)" : name,
                        Phrase.of(CoreWords.ONE_OF_COLUMNS, shape.names()),
                        Phrase.of(CoreWords.UNKNOWN_COLUMN, Phrase.quoted(name)),
                        shape.nearest(name));
            } else if (seen.containsKey(name)) {
                problems.add(
                        l.getLineNr(),
                        l.getColumnNr(),
                        name,
                        Phrase.of(CoreWords.EACH_COLUMN_ONCE),
                        Phrase.of(CoreWords.SECOND_COLUMN, Phrase.quoted(name), seen.get(name)));
                f = null;
            } else {
                seen.put(name, fields.size() + 1);
            }
            fields.add(f);
        }
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
        return new Header(fields, line);
    }

    private void readRow(CsvParser p, Header header, Problems problems, List<Located<T>> out) throws IOException {
        Object[] values = new Object[shape.fields().size()];
        boolean[] filled = new boolean[values.length];
        boolean ok = true;
        int position = 0;
        int line = -1;
        int lastLine = 0;
        int lastColumn = 0;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
            JsonLocation l = p.currentTokenLocation();
            if (line < 0) {
                line = l.getLineNr();
            }
            lastLine = l.getLineNr();
            lastColumn = l.getColumnNr();
            String text = p.getText();
            if (position >= header.fields().size()) {
                problems.add(
                        l.getLineNr(),
                        l.getColumnNr(),
                        "(row)",
                        Phrase.of(CoreWords.FIELDS_AS_IN_HEADER, header.fields().size()),
                        Phrase.of(CoreWords.EXTRA_FIELD, Phrase.quoted(text)));
                ok = false;
            } else {
                RecordShape.Field f = header.fields().get(position);
                if (f != null) {
                    Cell cell = convert(f, text);
                    if (cell.problem != null) {
                        problems.add(l.getLineNr(), l.getColumnNr(), f.name(), cell.problem, describe(text));
                        ok = false;
                    } else {
                        values[f.index()] = cell.value;
                        filled[f.index()] = true;
                    }
                }
            }
            position++;
        }
        if (position < header.fields().size()) {
            for (int i = position; i < header.fields().size(); i++) {
                RecordShape.Field f = header.fields().get(i);
                problems.add(
                        lastLine,
                        lastColumn,
                        f == null ? "(row)" : f.name(),
                        Phrase.of(CoreWords.FIELDS_AS_IN_HEADER, header.fields().size()),
                        position == 1
                                ? Phrase.of(CoreWords.ROW_OF_ONE_FIELD)
                                : Phrase.of(CoreWords.ROW_OF_FIELDS, position));
            }
            ok = false;
        }
        if (!ok) {
            return;
        }
        for (RecordShape.Field f : shape.fields()) {
            if (!filled[f.index()]) {
                values[f.index()] = f.isRequired() ? null : Optional.empty();
                if (f.isRequired()) {
                    return; // the missing column was reported once, with the header
                }
            }
        }
        Object built = shape.construct(values);
        if (built instanceof RecordShape.Refusal r) {
            problems.add(
                    line,
                    1,
                    "(row)",
                    Phrase.of(CoreWords.VALID_RECORD, shape.type().getSimpleName()),
                    Phrase.verbatim(r.message().replace('\n', ' ')));
            return;
        }
        out.add(new Located<>(problems.source(), line, shape.type().cast(built)));
    }

    private record Cell(Object value, Phrase problem) {}

    private static Cell convert(RecordShape.Field f, String text) {
        ValueType type = f.type();
        boolean blank = text.isBlank();
        if (type instanceof ValueType.OptionalOf o) {
            if (blank) {
                return new Cell(Optional.empty(), null);
            }
            Cell inner = convert(o.element(), text);
            return inner.problem != null ? inner : new Cell(Optional.of(inner.value), null);
        }
        if (type instanceof ValueType.ListOf) {
            return convert(type, text);
        }
        if (blank) {
            return new Cell(null, Phrase.of(CoreWords.REQUIRED_VALUE, ((ValueType.Scalar) type).expected()));
        }
        return convert(type, text);
    }

    private static Cell convert(ValueType type, String text) {
        if (type instanceof ValueType.ListOf l) {
            List<Object> items = new ArrayList<>();
            if (text.isBlank()) {
                return new Cell(List.of(), null);
            }
            for (String part : text.split(";", -1)) {
                Cell c = convert(l.element(), part);
                if (c.problem != null) {
                    return new Cell(null, Phrase.of(CoreWords.LIST_OF, c.problem, describe(part)));
                }
                items.add(c.value);
            }
            return new Cell(List.copyOf(items), null);
        }
        ValueType.Scalar s = (ValueType.Scalar) type;
        if (text.isBlank()) {
            return new Cell(null, s.expected());
        }
        try {
            return new Cell(s.parse(text), null);
        } catch (ValueType.BadValue e) {
            return new Cell(null, e.expected());
        }
    }

    private static Phrase describe(String text) {
        return text.isEmpty() ? Phrase.of(CoreWords.EMPTY_VALUE) : Phrase.quoted(text);
    }
}
