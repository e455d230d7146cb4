package org.ruralwater.webapp.record;

import java.util.ArrayList;
import java.util.List;

/**
 * A county file's rows as the store keeps them, one CSV line a record (RFC 4180: quoted fields may hold
 * commas, quotes doubled, and line breaks), split into values and joined back. The store's lines are what
 * core's writer wrote, so splitting them gives each column's text as the file holds it, which is what an
 * edit form shows and sends back.
 */
public final class RecordText {

    private RecordText() {}

    /** The values of every record in the text, in order; a header line, if any, is a record like the others. */
    public static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(value.toString());
                value.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !value.isEmpty()) {
                    row.add(value.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                value.setLength(0);
                any = false;
            } else {
                value.append(c);
                any = true;
            }
        }
        if (any || !value.isEmpty()) {
            row.add(value.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The values of one line. */
    public static List<String> split(String line) {
        List<List<String>> rows = rows(line);
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    /**
     * The values as one CSV line, each quoted: a value starting with {@code #} then reads as a value, not as a
     * comment line, and a typed comma, quote or line break stays inside its field.
     */
    public static String join(List<String> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(values.get(i).replace("\"", "\"\"")).append('"');
        }
        return b.toString();
    }
}
