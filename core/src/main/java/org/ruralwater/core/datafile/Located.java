package org.ruralwater.core.datafile;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ruralwater.core.wording.Phrase;

/**
 * A value read from an input, with the file and line it came from, for messages about it later; for a row
 * of a workbook's sheet, the sheet's name and the row's number (else the sheet is empty).
 */
public record Located<T>(String source, String sheet, int line, T value) {

    public Located {
        requireNonNull(source, "source");
        requireNonNull(sheet, "sheet");
        requireNonNull(value, "value");
    }

    /** A value read from a text file, at its line. */
    public Located(String source, int line, T value) {
        this(source, "", line, value);
    }

    /** A problem about this value, at its line (or the row's first cell, in a sheet). */
    public Problem problem(String field, Phrase expected, Phrase found) {
        return new Problem(source, sheet, line, 1, field, expected, found, List.of());
    }
}
