package org.ruralwater.core.datafile;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Writes records as CSV that {@link CsvReader} reads back to equal records: a header of snake_case
 * component names, UTF-8 without a byte-order mark, LF line ends, fields quoted only when they must be.
 *
 * <p>Values are written in the text form their types parse: enum codes in lower case, decimals in plain
 * notation, an empty {@code Optional} as an empty field, a list joined by {@code ;}.
 */
public final class CsvWriter<T extends Record> {

    private final RecordShape<T> shape;
    // Looked up and opened once: a store writes a county's rows one record at a time, and finding and opening
    // each accessor per value was most of that cost.
    private final Method[] accessors;

    private CsvWriter(RecordShape<T> shape) {
        this.shape = shape;
        RecordComponent[] components = shape.type().getRecordComponents();
        this.accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
        }
    }

    public static <T extends Record> CsvWriter<T> forRecord(Class<T> type) {
        CsvReader.forRecord(type); // the same shape rules: a type we cannot read back, we do not write
        return new CsvWriter<>(RecordShape.of(type));
    }

    /**
     * Writes the records to the file, replacing it only once everything is written: a failure leaves the
     * old file as it was.
     */
    public void write(Path file, Iterable<? extends T> records) {
        requireNonNull(file, "file");
        requireNonNull(records, "records");
        Path dir = file.toAbsolutePath().getParent();
        try {
            // A sibling file, so that the final move is a rename on one file system.
            Path tmp = dir.resolve(file.getFileName() + ".part");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                write(w, records);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes the header and the records to the writer. */
    public void write(Writer out, Iterable<? extends T> records) throws IOException {
        StringBuilder line = new StringBuilder(256);
        List<RecordShape.Field> fields = shape.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(fields.get(i).name());
        }
        out.write(line.append('\n').toString());
        for (T r : records) {
            line.setLength(0);
            appendRow(line, r);
            out.write(line.append('\n').toString());
        }
    }

    /** The record's line as {@link #write(Writer, Iterable)} writes it, without the header or the line end. */
    public String row(T record) {
        requireNonNull(record, "record");
        StringBuilder line = new StringBuilder(128);
        appendRow(line, record);
        return line.toString();
    }

    private void appendRow(StringBuilder line, T r) {
        for (int i = 0; i < accessors.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(line, format(value(accessors[i], r)));
        }
    }

    private static Object value(Method accessor, Record r) {
        try {
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + r, e);
        }
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Optional<?> o) {
            return o.map(CsvWriter::format).orElse("");
        }
        if (value instanceof List<?> l) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(';');
                }
                b.append(format(l.get(i)));
            }
            return b.toString();
        }
        if (value instanceof Enum<?> e) {
            return Coded.codeOf(e);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    /**
     * One line of cells, quoted by the same rule as every file this writer writes (a cell that holds a
     * comma, quote or line break, starts with {@code #}, which readers take for a comment, or starts or
     * ends with a space), ending with a line break.
     */
    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder(16 * cells.size() + 1);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(line, cells.get(i));
        }
        return line.append('\n').toString();
    }

    private static void appendField(StringBuilder line, String text) {
        boolean quote = text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || text.startsWith("#")
                || (!text.isEmpty()
                        && (Character.isWhitespace(text.charAt(0))
                                || Character.isWhitespace(text.charAt(text.length() - 1))));
        if (!quote) {
            line.append(text);
            return;
        }
        line.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
