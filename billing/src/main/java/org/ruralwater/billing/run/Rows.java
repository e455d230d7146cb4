package org.ruralwater.billing.run;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.wording.Phrase;

/**
 * The rows of one input of a bill run, each with its place for a problem about it: the file and line it came
 * from, and for a field its column, the field's number in the file's header (1-based).
 *
 * <p>Rows read from a file carry their own lines, which a file with {@code #} comment lines puts further down
 * than their positions. Rows given as a plain list are numbered as a file without comments holds them: the
 * header on line 1, the row at position p on line p + 2. Either way a row costs no object of its own, so that
 * a county's two million readings are read as they were given.
 */
final class Rows<T> {

    private final String source;
    private final @Nullable List<Located<T>> located;
    private final @Nullable List<T> plain;
    private final Map<String, Integer> columns;

    private Rows(
            String source, @Nullable List<Located<T>> located, @Nullable List<T> plain, Map<String, Integer> columns) {
        this.source = source;
        this.located = located;
        this.plain = plain;
        this.columns = columns;
    }

    /** Rows read from a file, each with its line; {@code source} names the file when there is no row. */
    static <T> Rows<T> located(String source, List<Located<T>> rows, Map<String, Integer> columns) {
        return new Rows<>(source, List.copyOf(rows), null, columns);
    }

    /** Rows of a plain list, numbered as in a file of {@code source} without comments. */
    static <T> Rows<T> numbered(String source, List<T> rows, Map<String, Integer> columns) {
        return new Rows<>(source, null, List.copyOf(rows), columns);
    }

    int size() {
        return located != null ? located.size() : plain.size();
    }

    T get(int i) {
        return located != null ? located.get(i).value() : plain.get(i);
    }

    /** The line the row at position {@code i} came from. */
    int line(int i) {
        return located != null ? located.get(i).line() : i + 2;
    }

    /** A problem with a field of the row at position {@code i}, at its line and the field's column. */
    Problem problem(int i, String field, Phrase expected, Phrase found) {
        if (located == null) {
            return new Problem(source, line(i), columns.getOrDefault(field, 1), field, expected, found);
        }
        // A row of a sheet is placed at its cell (file.xlsx:Sheet!F7), a row of a text file at its line.
        Located<T> row = located.get(i);
        return new Problem(
                row.source(),
                row.sheet(),
                row.line(),
                columns.getOrDefault(field, 1),
                field,
                expected,
                found,
                List.of());
    }

    /** A problem with the rows as a whole, such as none of them being of the period billed. */
    Problem problemWithAll(String field, Phrase expected, Phrase found) {
        return new Problem(source, 0, 0, field, expected, found);
    }
}
