package org.ruralwater.core.datafile;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One thing wrong with an input file: where it is, which field, what was expected and what was found.
 *
 * <p>Line and column are 1-based and point at the start of the value (or of the row or object, for a
 * problem with the whole record); 0 means the problem has no position, such as a file that cannot be read.
 * The text form is {@code file:line:column: field: expected …, found …}, the form editors and compilers use.
 */
public record Problem(String source, int line, int column, String field, String expected, String found)
        implements Comparable<Problem> {

    public Problem {
        requireNonNull(source, "source");
        requireNonNull(field, "field");
        requireNonNull(expected, "expected");
        requireNonNull(found, "found");
    }

    @Override
    public int compareTo(Problem o) {
        int c = source.compareTo(o.source);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        if (c == 0) {
            c = Integer.compare(column, o.column);
        }
        return c != 0 ? c : field.compareTo(o.field);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "%s:%d:%d: %s: expected %s, found %s", source, line, column, field, expected, found);
    }
}
