package org.ruralwater.billing.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an input file, by field name: each field's number in the header row, 1-based, which is the
 * column a problem found after reading names (core's {@code Located} carries a row's line, not the positions
 * of its fields).
 *
 * <p>The header is the first line that is neither blank nor a {@code #} comment, as core's CSV reader takes
 * it; only that line is read. A file that cannot be read has its problem reported by the reader, and gets the
 * columns in the record's order here.
 */
final class Header {

    private Header() {}

    /** The columns in the order given, as {@code CsvWriter} writes a record's components. */
    static Map<String, Integer> inOrder(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i), i + 1);
        }
        return Map.copyOf(columns);
    }

    /** The columns of the file's header row, or of {@code fallback} when the file has none that can be read. */
    static Map<String, Integer> of(Path file, List<String> fallback) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            boolean first = true;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = false;
                if (!line.isBlank() && !line.startsWith("#")) {
                    return inOrder(fields(line));
                }
            }
        } catch (IOException e) {
            // The reader reports why the file cannot be read.
        }
        return inOrder(fallback);
    }

    /** The names of a header line: fields separated by commas, each perhaps quoted ({@code ""} a quote). */
    static List<String> fields(String line) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    name.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    name.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                names.add(name.toString().strip());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString().strip());
        return names;
    }
}
