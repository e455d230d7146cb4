package org.ruralwater.core.datafile;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;

/**
 * Reads JSON into records, strictly, reporting every problem in the file at once.
 *
 * <p>Object keys are the record's components in snake_case. {@code Optional<X>} components may be absent or
 * {@code null}; all others are required. Lists are arrays, nested records are objects. Numbers must be JSON
 * numbers and booleans JSON booleans; everything else (dates, codes, quantities) is a string read by its
 * type, as in {@link CsvReader}. Unknown keys, repeated keys, missing keys, wrong token types, values that
 * do not parse and records that refuse their values are each a {@link Problem}, with the line and column
 * where the value starts; so is nesting deeper than {@value #MAX_DEPTH}, a string longer than
 * {@value #MAX_STRING_LENGTH} characters or a number longer than {@value #MAX_NUMBER_LENGTH}, which end the
 * reading. When there is any problem, {@link InvalidInputException} is thrown with them all.
 */
public final class JsonReader<T extends Record> {

    /** The deepest nesting read; the records read nest a few levels, so this is far past any real file. */
    public static final int MAX_DEPTH = 100;

    /** The longest string read, in characters: sources and notes run to a few hundred. */
    public static final int MAX_STRING_LENGTH = 100_000;

    /** The longest number read, in characters: as long as a decimal may be written. */
    public static final int MAX_NUMBER_LENGTH = 400;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build();

    /** Marks a value that could not be read; its problem is already recorded. */
    private static final Object INVALID = new Object();

    private final RecordShape<T> shape;

    private JsonReader(RecordShape<T> shape) {
        this.shape = shape;
    }

    public static <T extends Record> JsonReader<T> forRecord(Class<T> type) {
        return new JsonReader<>(RecordShape.of(requireNonNull(type, "type")));
    }

    /** Reads a file holding an array of objects. */
    public List<T> readList(Path file) {
        String source = file.getFileName().toString();
        return readList(source, Text.bytesOf(file, source));
    }

    public List<T> readList(String source, InputStream in) {
        return readList(requireNonNull(source, "source"), Text.bytesOf(requireNonNull(in, "in"), source));
    }

    /** Reads a file holding one object. */
    public T readOne(Path file) {
        String source = file.getFileName().toString();
        return readOne(source, Text.bytesOf(file, source));
    }

    public T readOne(String source, InputStream in) {
        return readOne(requireNonNull(source, "source"), Text.bytesOf(requireNonNull(in, "in"), source));
    }

    @SuppressWarnings("unchecked")
    private List<T> readList(String source, byte[] bytes) {
        return (List<T>) parse(source, bytes, true);
    }

    private T readOne(String source, byte[] bytes) {
        return shape.type().cast(parse(source, bytes, false));
    }

    private Object parse(String source, byte[] bytes, boolean list) {
        Problems problems = new Problems(source);
        String text = Text.decode(bytes, problems);
        problems.throwIfAny();
        Object result = INVALID;
        try (JsonParser p = FACTORY.createParser(text)) {
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    problems.add(
                            1,
                            1,
                            "(file)",
                            Phrase.of(list ? CoreWords.JSON_ARRAY_OF_OBJECTS : CoreWords.JSON_OBJECT),
                            Phrase.of(CoreWords.EMPTY_FILE));
                } else if (list) {
                    result = readValue(p, new ValueType.ListOf(new ValueType.Nested(shape)), "", problems);
                } else {
                    result = readValue(p, new ValueType.Nested(shape), "", problems);
                }
                if (first != null && p.nextToken() != null) {
                    JsonLocation l = p.currentTokenLocation();
                    problems.add(
                            l.getLineNr(),
                            l.getColumnNr(),
                            "(file)",
                            Phrase.of(CoreWords.END_OF_FILE),
                            Phrase.of(CoreWords.MORE_JSON));
                }
            } catch (StreamConstraintsException e) {
                // Its own location is empty: the parser's is where the limit was passed.
                problems.addLimit(e, p.currentLocation());
            }
        } catch (JsonProcessingException e) {
            problems.addSyntax(e, CoreWords.WELL_FORMED_JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.throwIfAny();
        return result;
    }

    /** Reads the value at the current token; returns {@link #INVALID} after recording its problems. */
    private Object readValue(JsonParser p, ValueType type, String path, Problems problems) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        String field = path.isEmpty() ? "(value)" : path;
        if (type instanceof ValueType.OptionalOf o) {
            if (t == JsonToken.VALUE_NULL) {
                return Optional.empty();
            }
            Object v = readValue(p, o.element(), path, problems);
            return v == INVALID ? INVALID : Optional.of(v);
        }
        if (type instanceof ValueType.ListOf lt) {
            if (t != JsonToken.START_ARRAY) {
                problems.add(l.getLineNr(), l.getColumnNr(), field, Phrase.of(CoreWords.AN_ARRAY), found(p));
                p.skipChildren();
                return INVALID;
            }
            List<Object> items = new ArrayList<>();
            boolean ok = true;
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                Object v = readValue(p, lt.element(), path + "[" + i + "]", problems);
                ok &= v != INVALID;
                items.add(v);
                i++;
            }
            return ok ? List.copyOf(items) : INVALID;
        }
        if (type instanceof ValueType.Nested n) {
            if (t != JsonToken.START_OBJECT) {
                problems.add(l.getLineNr(), l.getColumnNr(), field, Phrase.of(CoreWords.AN_OBJECT), found(p));
                p.skipChildren();
                return INVALID;
            }
            return readObject(p, n.shape(), path, problems);
        }
        ValueType.Scalar s = (ValueType.Scalar) type;
        JsonToken wanted = switch (s.json()) {
            case NUMBER -> t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? t : null;
            case BOOLEAN -> t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE ? t : null;
            case STRING -> t == JsonToken.VALUE_STRING ? t : null;
        };
        if (wanted == null) {
            Phrase kind = switch (s.json()) {
                case NUMBER -> Phrase.of(CoreWords.JSON_NUMBER, s.expected());
                case BOOLEAN -> Phrase.of(CoreWords.TRUE_OR_FALSE);
                case STRING -> Phrase.of(CoreWords.JSON_STRING, s.expected());
            };
            problems.add(l.getLineNr(), l.getColumnNr(), field, kind, found(p));
            p.skipChildren();
            return INVALID;
        }
        String text = p.getText();
        if (s.type() != String.class && text.isBlank()) {
            problems.add(l.getLineNr(), l.getColumnNr(), field, s.expected(), Phrase.of(CoreWords.EMPTY_STRING));
            return INVALID;
        }
        try {
            return s.parse(text);
        } catch (ValueType.BadValue e) {
            problems.add(l.getLineNr(), l.getColumnNr(), field, e.expected(), Phrase.quoted(text));
            return INVALID;
        }
    }

    private Object readObject(JsonParser p, RecordShape<?> shape, String path, Problems problems) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        Object[] values = new Object[shape.fields().size()];
        boolean[] filled = new boolean[values.length];
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation l = p.currentTokenLocation();
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            p.nextToken();
            RecordShape.Field f = shape.field(name);
            if (f == null) {
                problems.add(
                        l.getLineNr(),
                        l.getColumnNr(),
                        fieldPath,
                        Phrase.of(CoreWords.ONE_OF_KEYS, shape.names()),
                        Phrase.of(CoreWords.UNKNOWN_KEY, Phrase.quoted(name)),
                        shape.nearest(name));
                p.skipChildren();
                ok = false;
                continue;
            }
            if (!seen.add(name)) {
                problems.add(
                        l.getLineNr(),
                        l.getColumnNr(),
                        fieldPath,
                        Phrase.of(CoreWords.EACH_KEY_ONCE),
                        Phrase.of(CoreWords.SECOND_KEY, Phrase.quoted(name)));
                p.skipChildren();
                ok = false;
                continue;
            }
            if (p.currentToken() == JsonToken.VALUE_NULL && f.isRequired()) {
                JsonLocation v = p.currentTokenLocation();
                problems.add(
                        v.getLineNr(),
                        v.getColumnNr(),
                        fieldPath,
                        Phrase.of(CoreWords.REQUIRED_KEY_VALUE),
                        Phrase.of(CoreWords.JSON_NULL));
                ok = false;
                continue;
            }
            JsonLocation at = p.currentTokenLocation();
            Object v = readValue(p, f.type(), fieldPath, problems);
            if (v != INVALID && f.range() != null && !f.range().admits(v)) {
                problems.add(
                        at.getLineNr(),
                        at.getColumnNr(),
                        fieldPath,
                        f.range().expected(ValueType.scalarOf(f.type()).expected()),
                        Phrase.quoted(String.valueOf(v instanceof Optional<?> o ? o.orElseThrow() : v)));
                v = INVALID;
            }
            if (v == INVALID) {
                ok = false;
            } else {
                values[f.index()] = v;
                filled[f.index()] = true;
            }
        }
        for (RecordShape.Field f : shape.fields()) {
            if (!filled[f.index()] && !seen.contains(f.name())) {
                if (f.isRequired()) {
                    problems.add(
                            start.getLineNr(),
                            start.getColumnNr(),
                            path.isEmpty() ? f.name() : path + "." + f.name(),
                            Phrase.of(CoreWords.KEY_NAMED, Phrase.quoted(f.name())),
                            Phrase.of(CoreWords.OBJECT_WITHOUT_IT));
                    ok = false;
                } else {
                    values[f.index()] = Optional.empty();
                }
            }
        }
        if (!ok) {
            return INVALID;
        }
        Object built = shape.construct(values);
        if (built instanceof RecordShape.Refusal r) {
            problems.add(
                    start.getLineNr(),
                    start.getColumnNr(),
                    path.isEmpty() ? "(object)" : path,
                    Phrase.of(CoreWords.VALID_RECORD, shape.type().getSimpleName()),
                    r.reason());
            return INVALID;
        }
        return built;
    }

    private static Phrase found(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return Phrase.of(CoreWords.END_OF_INPUT);
        }
        return switch (t) {
            case START_OBJECT -> Phrase.of(CoreWords.AN_OBJECT);
            case START_ARRAY -> Phrase.of(CoreWords.AN_ARRAY);
            case VALUE_STRING -> Phrase.of(CoreWords.THE_STRING, Phrase.quoted(p.getText()));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Phrase.of(CoreWords.THE_NUMBER, p.getText());
            case VALUE_TRUE, VALUE_FALSE -> Phrase.verbatim(p.getText());
            case VALUE_NULL -> Phrase.of(CoreWords.JSON_NULL);
            default -> Phrase.verbatim(t.toString());
        };
    }
}
