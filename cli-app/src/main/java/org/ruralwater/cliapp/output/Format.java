package org.ruralwater.cliapp.output;

import java.util.Locale;

/** An output format, named on the command line by its code ({@code csv-bom}). */
public enum Format {
    TABLE("table"),
    CSV("csv"),
    /** CSV in UTF-8 with a byte-order mark, by which Excel on Chinese Windows knows it is UTF-8. */
    CSV_BOM("csv-bom"),
    JSON("json"),
    /** An Excel workbook: binary, so it is written to a file ({@code --out}). */
    XLSX("xlsx");

    private final String code;

    Format(String code) {
        this.code = code;
    }

    /** The format's name on the command line. */
    public String code() {
        return code;
    }

    /** Whether the format is text (written to a terminal or pipe), not a binary file. */
    public boolean isText() {
        return this != XLSX;
    }

    /**
     * The format of this code, in any case ({@code CSV-BOM}), or its constant's name ({@code csv_bom}).
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Format parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Format f : values()) {
            if (f.code.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no such format: " + text);
    }

    /** The format to use when none is asked for: a table for a person at a terminal, JSON for a pipe. */
    public static Format byDefault() {
        return System.console() != null ? TABLE : JSON;
    }
}
