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
    /** Where the current field starts, and where its line starts: its column is worked out when asked. */
    private int fieldStart;

    private int fieldLineStart;
    /** The field's value is {@code text[valueStart, valueEnd)}, unless {@link #unquoted} holds it. */
    private int valueStart;

    private int valueEnd;
    private String unquoted;

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
        fieldStart = pos;
        fieldLineStart = lineStart;
        unquoted = null;
        if (pos < length && text.charAt(pos) == '"') {
            quoted();
            return true;
        }
        // Locals, not fields, in this loop over most of the input's characters.
        String t = text;
        int n = length;
        int i = pos;
        while (i < n) {
            char c = t.charAt(i);
            // One comparison for most characters: the separator and line ends all sort below '-'.
            if (c <= ',' && (c == ',' || c == '\n' || c == '\r')) {
                valueStart = pos;
                valueEnd = i;
                pos = i + 1;
                if (c != ',') {
                    rowEnd = c;
                }
                return true;
            }
            i++;
        }
        valueStart = pos;
        valueEnd = n;
        pos = n;
        rowEnd = END_OF_INPUT;
        return true;
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

    /** The length of the current field's value. */
    int valueLength() {
        return unquoted != null ? unquoted.length() : valueEnd - valueStart;
    }

    /** The last character of the current field's value, or -1 when it is empty. */
    int valueLastChar() {
        if (unquoted != null) {
            return unquoted.isEmpty() ? -1 : unquoted.charAt(unquoted.length() - 1);
        }
        return valueEnd > valueStart ? text.charAt(valueEnd - 1) : -1;
    }

    /** Whether the current field's value is {@code other}, without making a string of it. */
    boolean valueEquals(String other) {
        if (unquoted != null) {
            return unquoted.equals(other);
        }
        int n = valueEnd - valueStart;
        if (other.length() != n) {
            return false;
        }
        String t = text;
        int start = valueStart;
        for (int i = 0; i < n; i++) {
            if (t.charAt(start + i) != other.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The line the current row starts on. */
    int rowLine() {
        return rowLine;
    }

    /** The line the current field starts on; after the last field of a row, the last field's. */
    int line() {
        return fieldLine;
    }

    /** The column the current field starts at: its opening quote, if quoted. */
    int column() {
        // An empty last field at the end of the input is placed on the separator before it, as Jackson did.
        return fieldStart - fieldLineStart + (fieldStart < length ? 1 : 0);
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
