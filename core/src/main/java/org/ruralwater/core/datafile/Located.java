package org.ruralwater.core.datafile;

import static java.util.Objects.requireNonNull;

/** A value read from an input, with the file and line it came from, for messages about it later. */
public record Located<T>(String source, int line, T value) {

    public Located {
        requireNonNull(source, "source");
        requireNonNull(value, "value");
    }

    /** A problem about this value, at its line. */
    public Problem problem(String field, String expected, String found) {
        return new Problem(source, line, 1, field, expected, found);
    }
}
