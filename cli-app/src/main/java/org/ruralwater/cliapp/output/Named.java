package org.ruralwater.cliapp.output;

import static java.util.Objects.requireNonNull;

/**
 * A code that knows its name, for a cell: CSV and JSON write the code, a table for people shows the name
 * beside it.
 */
public record Named(String code, String name) {

    public Named {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
    }

    /** The code, as files and programs take it. */
    @Override
    public String toString() {
        return code;
    }
}
