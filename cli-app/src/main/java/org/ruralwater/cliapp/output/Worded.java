package org.ruralwater.cliapp.output;

import static java.util.Objects.requireNonNull;

/**
 * A code with the words a person reads for it, for a cell: CSV and JSON write the code ({@code fluoride}), a
 * table for people shows the words ({@code 氟化物}).
 */
public record Worded(String code, String words) {

    public Worded {
        requireNonNull(code, "code");
        requireNonNull(words, "words");
    }

    /** The code, as files and programs take it. */
    @Override
    public String toString() {
        return code;
    }
}
