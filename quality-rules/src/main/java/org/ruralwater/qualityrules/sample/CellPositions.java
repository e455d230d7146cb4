package org.ruralwater.qualityrules.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.wording.Phrase;

/**
 * Where a cell of a CSV file starts, for problems found after the reader gave its rows, which carry only
 * their line: the line and column of the cell of a named column in the row, worked out from the header.
 *
 * <p>Columns count characters (UTF-16 units) from 1, after the byte-order mark, as core's reader counts them
 * for its own problems, so that one file's problems all point alike; a quoted cell starts at its quote. The
 * text is decoded, and the header read, only when the first problem asks: a file without problems costs
 * nothing. A column the header does not have gives column 0 (the problem is shown at its line).
 */
final class CellPositions {

    /** The line and column where a cell starts. */
    record Cell(int line, int column) {}

    private final Supplier<byte[]> bytes;
    private final Charset charset;
    /** For a workbook's sheet, the header's names in order: a cell is its row and column. */
    private final @Nullable List<String> sheetHeader;

    private @Nullable String text;
    private @Nullable List<Integer> lineStarts;
    private @Nullable Map<String, Integer> columnOf;

    CellPositions(Supplier<byte[]> bytes) {
        this(bytes, StandardCharsets.UTF_8, null);
    }

    /** The positions in a text read in {@code charset} (UTF-8 or GB18030, as core's readers decided). */
    CellPositions(Supplier<byte[]> bytes, Charset charset) {
        this(bytes, charset, null);
    }

    private CellPositions(Supplier<byte[]> bytes, Charset charset, @Nullable List<String> sheetHeader) {
        this.bytes = bytes;
        this.charset = charset;
        this.sheetHeader = sheetHeader;
    }

    /** The positions in a workbook's sheet whose header row has these names: problems are at cells. */
    static CellPositions ofSheet(List<String> header) {
        return new CellPositions(() -> new byte[0], StandardCharsets.UTF_8, List.copyOf(header));
    }

    /** A problem with the value of {@code field} in the row. */
    Problem problem(Located<?> row, String field, Phrase expected, Phrase found) {
        if (sheetHeader != null && !row.sheet().isEmpty()) {
            int column = sheetHeader.indexOf(field) + 1;
            return Problem.atCell(row.source(), row.sheet(), row.line(), Math.max(column, 1), field, expected, found);
        }
        Cell c = cell(row.line(), field);
        return new Problem(row.source(), c.line(), c.column(), field, expected, found);
    }

    /** Where the cell of the column named {@code field} starts, in the row that starts at {@code line}. */
    Cell cell(int line, String field) {
        load();
        Integer index = columnOf.get(field);
        if (index == null || line < 1 || line > lineStarts.size()) {
            return new Cell(line, 0);
        }
        int position = lineStarts.get(line - 1);
        for (int i = 0; i < index; i++) {
            position = nextField(position);
            if (position < 0) {
                return new Cell(line, 0);
            }
        }
        int at = lineAt(position);
        return new Cell(at, position - lineStarts.get(at - 1) + 1);
    }

    private void load() {
        if (text != null) {
            return;
        }
        byte[] b = bytes.get();
        int start = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        int from = charset.equals(StandardCharsets.UTF_8) ? start : 0;
        String t = new String(b, from, b.length - from, charset);
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1);
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= t.length() || t.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        text = t;
        lineStarts = starts;
        columnOf = header();
    }

    /** The header's column names by position: its first line that is neither blank nor a # comment. */
    private Map<String, Integer> header() {
        Map<String, Integer> names = new HashMap<>();
        for (int line = 1; line <= lineStarts.size(); line++) {
            int from = lineStarts.get(line - 1);
            String content = text.substring(from, endOfLine(from));
            if (content.isBlank() || content.startsWith("#")) {
                continue;
            }
            int position = from;
            for (int index = 0; position >= 0; index++) {
                int next = nextField(position);
                int end = next < 0 ? endOfLine(position) : next - 1;
                names.putIfAbsent(unquote(text.substring(position, end).strip()), index);
                position = next;
            }
            return names;
        }
        return names;
    }

    /** The start of the field after the one starting at {@code position}, or -1 at the end of its row. */
    private int nextField(int position) {
        int i = position;
        int n = text.length();
        if (i < n && text.charAt(i) == '"') {
            i++;
            while (i < n) {
                if (text.charAt(i) == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                i++;
            }
        }
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                return i + 1;
            }
            if (c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    private int endOfLine(int position) {
        int i = position;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The 1-based line holding the character at {@code position}. */
    private int lineAt(int position) {
        int low = 0;
        int high = lineStarts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts.get(mid) <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
                ? s.substring(1, s.length() - 1).replace("\"\"", "\"")
                : s;
    }
}
