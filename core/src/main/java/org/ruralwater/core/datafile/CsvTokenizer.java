package org.ruralwater.core.datafile;

/**
 * Splits CSV text into rows and fields, keeping the line and column where each field starts.
 *
 * <p>Fields are separated by {@code ,}. A field that starts with {@code "} is quoted: it may hold commas,
 * line breaks and doubled quotes ({@code ""} for one), and may be followed by blanks (any character up to
 * U+0020) before the separator or the line end; anything else there is a syntax error, and so is a quote
 * left open at the end of the input. A quote anywhere else is an ordinary character. Lines end with LF,
 * CRLF or a lone CR. Before each row, spaces, empty lines and lines starting with {@code #} (comments) are
 * skipped.
 *
 * <p>This is the grammar of Jackson's CSV parser as the reader used it (comments and empty lines skipped,
 * no escape character, no trimming), which this class replaced for speed; see the design decisions.
 * Lines and columns are 1-based; a column counts UTF-16 characters from the start of its line.
 */
final class CsvTokenizer {

    /** The current row has ended at the end of the input. */
    private static final int END_OF_INPUT = -1;
    /** The current row is still open: more fields may follow. */
    private static final int OPEN = 0;

    private final String text;
    private final int length;
    private int pos;
    private int line = 1;
    private int lineStart;

    /** {@link #OPEN}, or what ended the current row: {@code '\n'}, {@code '\r'} or {@link #END_OF_INPUT}. */
    private int rowEnd = OPEN;

    private int rowLine;
    private int fieldLine;
    private int fieldColumn;
    /** The field's value is {@code text[valueStart, valueEnd)}, unless {@link #unquoted} holds it. */
    private int valueStart;

    private int valueEnd;
    private String unquoted;

    /** The next separator, LF and CR at or after {@link #pos}, or the length; stale once passed. */
    private int nextComma = -1;

    private int nextLf = -1;
    private int nextCr = -1;

    CsvTokenizer(String text) {
        this.text = text;
        this.length = text.length();
    }

    /**
     * Moves to the next row, past the line end of the current one and any comments and empty lines.
     *
     * @return false at the end of the input
     */
    boolean nextRow() {
        if (rowEnd == END_OF_INPUT) {
            return false;
        }
        if (rowEnd != OPEN) {
            endLine(rowEnd);
        }
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '#') {
                skipComment();
            } else if (c == '\n' || c == '\r') {
                pos++;
                endLine(c);
            } else if (c == ' ') {
                pos++;
            } else {
                rowEnd = OPEN;
                rowLine = line;
                return true;
            }
        }
        rowEnd = END_OF_INPUT;
        return false;
    }

    /**
     * Moves to the next field of the current row.
     *
     * @return false at the end of the row
     * @throws SyntaxError for a quoted field left open or followed by something other than a separator
     */
    boolean nextField() {
        if (rowEnd != OPEN) {
            return false;
        }
        fieldLine = line;
        // An empty last field at the end of the input is placed on the separator before it, as Jackson did.
        fieldColumn = pos < length ? pos - lineStart + 1 : pos - lineStart;
        unquoted = null;
        if (pos < length && text.charAt(pos) == '"') {
            quoted();
            return true;
        }
        int end = nextLineEnd();
        int comma = nextComma();
        valueStart = pos;
        if (comma < end) {
            valueEnd = comma;
            pos = comma + 1;
        } else if (end < length) {
            valueEnd = end;
            rowEnd = text.charAt(end);
            pos = end + 1;
        } else {
            valueEnd = end;
            rowEnd = END_OF_INPUT;
            pos = end;
        }
        return true;
    }

    // Each of the three characters' next positions is searched once and kept until passed, so that a line
    // or a whole file without one is not searched again for every field.

    private int nextComma() {
        if (nextComma < pos) {
            nextComma = indexOf(',');
        }
        return nextComma;
    }

    private int nextLineEnd() {
        if (nextLf < pos) {
            nextLf = indexOf('\n');
        }
        if (nextCr < pos) {
            nextCr = indexOf('\r');
        }
        return Math.min(nextLf, nextCr);
    }

    /** Where the next {@code c} at or after the current position is, or the length of the text. */
    private int indexOf(char c) {
        int i = text.indexOf(c, pos);
        return i < 0 ? length : i;
    }

    private void quoted() {
        int start = ++pos;
        StringBuilder doubled = null;
        int chunk = start;
        while (true) {
            if (pos >= length) {
                throw new SyntaxError(line, pos - lineStart + 1, "Missing closing quote for value");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < length && text.charAt(pos) == '"') {
                    if (doubled == null) {
                        doubled = new StringBuilder(pos - start + 16);
                    }
                    doubled.append(text, chunk, pos);
                    chunk = ++pos;
                    continue;
                }
                break;
            }
            // A line break inside the value: the lines after it still count (CRLF counts once).
            if (c == '\n' || (c == '\r' && (pos >= length || text.charAt(pos) != '\n'))) {
                line++;
                lineStart = pos;
            }
        }
        if (doubled == null) {
            valueStart = start;
            valueEnd = pos - 1;
        } else {
            unquoted = doubled.append(text, chunk, pos - 1).toString();
        }
        while (pos < length) {
            char c = text.charAt(pos++);
            if (c == ',') {
                return;
            }
            if (c == '\n' || c == '\r') {
                rowEnd = c;
                return;
            }
            if (c > ' ') {
                throw new SyntaxError( // placed just after the character, as Jackson did
                        line,
                        pos - lineStart + 1,
                        "Unexpected character (" + describe(c)
                                + "): Expected column separator character (',' (code 44)) or end-of-line");
            }
        }
        rowEnd = END_OF_INPUT;
    }

    /** Passes the rest of a comment line and its line end. */
    private void skipComment() {
        while (pos < length) {
            char c = text.charAt(pos++);
            if (c == '\n' || c == '\r') {
                endLine(c);
                return;
            }
        }
    }

    /** Counts a line end whose first character, {@code c}, was just passed; CRLF is one line end. */
    private void endLine(int c) {
        if (c == '\r' && pos < length && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
        lineStart = pos;
    }

    /** The current field's value, without its quotes. */
    String value() {
        if (unquoted == null) {
            unquoted = text.substring(valueStart, valueEnd);
        }
        return unquoted;
    }

    /** Whether the current field's value is {@code other}, without making a string of it. */
    boolean valueEquals(String other) {
        if (unquoted != null) {
            return unquoted.equals(other);
        }
        int n = valueEnd - valueStart;
        // The last character first: values that differ, such as consecutive ids, mostly differ there.
        return other.length() == n
                && (n == 0 || text.charAt(valueEnd - 1) == other.charAt(n - 1))
                && text.startsWith(other, valueStart);
    }

    /** The line the current row starts on. */
    int rowLine() {
        return rowLine;
    }

    /** The line the current field starts on. */
    int line() {
        return fieldLine;
    }

    /** The column the current field starts at: its opening quote, if quoted. */
    int column() {
        return fieldColumn;
    }

    /** A character as Jackson's CSV parser described it in its messages, which the reader kept. */
    private static String describe(char c) {
        if (Character.isISOControl(c)) {
            return "(CTRL-CHAR, code " + (int) c + ")";
        }
        if (c > 255) {
            return "'" + c + "' (code " + (int) c + " / 0x" + Integer.toHexString(c) + ")";
        }
        return "'" + c + "' (code " + (int) c + ")";
    }

    /** The text is not well-formed CSV; reading cannot go on past this point. */
    static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        SyntaxError(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }
}
