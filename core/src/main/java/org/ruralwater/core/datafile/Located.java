package org.ruralwater.core.datafile;

import static java.util.Objects.requireNonNull;

import org.ruralwater.core.wording.Phrase;

/** A value read from an input, with the file and line it came from, for messages about it later. */
public record Located<T>(String source, int line, T value) {

    public Located {
        requireNonNull(source, "source");
        requireNonNull(value, "value");
    }

    /** A problem about this value, at its line. */
    public Problem problem(String field, Phrase expected, Phrase found) {
        return new Problem(source, line, 1, field, expected, found);
    }
}
