package org.ruralwater.cliapp.output;

/** An output format. */
public enum Format {
    TABLE,
    CSV,
    JSON;

    /** The format to use when none is asked for: a table for a person at a terminal, JSON for a pipe. */
    public static Format byDefault() {
        return System.console() != null ? TABLE : JSON;
    }
}
