package org.ruralwater.core.datafile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;

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
 *
 * <p>It reads UTF-8 bytes, already checked: the separator, quote and line ends are ASCII, and no byte of a
 * longer sequence is. Values are compared as bytes and become strings only when asked for; columns, which
 * count characters, are worked out only when asked for (problems ask), by decoding the line up to there
 * unless the whole input is ASCII.
 */
final class CsvTokenizer implements Fields {

    /** The current row has ended at the end of the input. */
    private static final int END_OF_INPUT = -1;
    /** The current row is still open: more fields may follow. */
    private static final int OPEN = 0;

    private final byte[] bytes;
    private final int length;
    /** Whether every byte is ASCII: then a column is a count of bytes and a value a Latin-1 copy. */
    private final boolean ascii;

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
    /** The field's value is {@code bytes[valueStart, valueEnd)}, or {@code unquoted[0, unquotedLength)}. */
    private int valueStart;

    private int valueEnd;
    /** The value of a quoted field with doubled quotes, undoubled, when {@link #inUnquoted}. */
    private byte[] unquoted = new byte[64];

    private int unquotedLength;
    private boolean inUnquoted;
    private String value;

    /**
     * A tokenizer over {@code bytes} from {@code start} (after a byte-order mark), which must be valid UTF-8.
     *
     * @param ascii whether every byte from {@code start} is ASCII
     */
    CsvTokenizer(byte[] bytes, int start, boolean ascii) {
        this.bytes = bytes;
        this.length = bytes.length;
        this.ascii = ascii;
        this.pos = start;
        this.lineStart = start;
    }

    /** A tokenizer over a text, for tests. */
    CsvTokenizer(String text) {
        this(text.getBytes(StandardCharsets.UTF_8), 0, Text.isAscii(text.getBytes(StandardCharsets.UTF_8), 0));
    }

    /**
     * Moves to the next row, past the line end of the current one and any comments and empty lines.
     *
     * @return false at the end of the input
     */
    @Override
    public boolean nextRow() {
        if (rowEnd == END_OF_INPUT) {
            return false;
        }
        if (rowEnd != OPEN) {
            endLine(rowEnd);
        }
        while (pos < length) {
            byte c = bytes[pos];
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
    @Override
    public boolean nextField() {
        if (rowEnd != OPEN) {
            return false;
        }
        fieldLine = line;
        fieldStart = pos;
        fieldLineStart = lineStart;
        inUnquoted = false;
        value = null;
        if (pos < length && bytes[pos] == '"') {
            quoted();
            return true;
        }
        // Locals, not fields, in this loop over most of the input's bytes.
        byte[] b = bytes;
        int n = length;
        int i = pos;
        while (i < n) {
            byte c = b[i];
            // One comparison for most characters: the separator and line ends all sort below '-' (and the
            // bytes of longer UTF-8 sequences, negative, fail the three tests after it).
            if (c <= ',' && (c == ',' || c == '\n' || c == '\r')) {
                return endField(i);
            }
            i++;
        }
        valueStart = pos;
        valueEnd = n;
        pos = n;
        rowEnd = END_OF_INPUT;
        return true;
    }

    /** Ends the field at {@code i}, where a separator or line end is. */
    private boolean endField(int i) {
        byte c = bytes[i];
        valueStart = pos;
        valueEnd = i;
        pos = i + 1;
        if (c != ',') {
            rowEnd = c;
        }
        return true;
    }

    private void quoted() {
        int start = ++pos;
        int chunk = start;
        unquotedLength = 0;
        while (true) {
            if (pos >= length) {
                throw new SyntaxError(line, chars(lineStart, pos) + 1, Phrase.of(CoreWords.CSV_MISSING_CLOSING_QUOTE));
            }
            byte c = bytes[pos++];
            if (c == '"') {
                if (pos < length && bytes[pos] == '"') {
                    keep(chunk, pos); // up to and with the first quote of the two
                    inUnquoted = true;
                    chunk = ++pos;
                    continue;
                }
                break;
            }
            // A line break inside the value: the lines after it still count (CRLF counts once).
            if (c == '\n' || (c == '\r' && (pos >= length || bytes[pos] != '\n'))) {
                line++;
                lineStart = pos;
            }
        }
        if (inUnquoted) {
            keep(chunk, pos - 1);
        } else {
            valueStart = start;
            valueEnd = pos - 1;
        }
        while (pos < length) {
            byte c = bytes[pos++];
            if (c == ',') {
                return;
            }
            if (c == '\n' || c == '\r') {
                rowEnd = c;
                return;
            }
            if ((c & 0xff) > ' ') {
                throw new SyntaxError( // placed just after the character, as Jackson did
                        line,
                        chars(lineStart, pos - 1) + 2,
                        Phrase.of(CoreWords.CSV_UNEXPECTED_CHARACTER, describe(charAt(pos - 1))));
            }
        }
        rowEnd = END_OF_INPUT;
    }

    /** Appends {@code bytes[from, to)} to the undoubled value. */
    private void keep(int from, int to) {
        int n = to - from;
        if (unquotedLength + n > unquoted.length) {
            unquoted = Arrays.copyOf(unquoted, Math.max(unquoted.length * 2, unquotedLength + n));
        }
        System.arraycopy(bytes, from, unquoted, unquotedLength, n);
        unquotedLength += n;
    }

    /** Passes the rest of a comment line and its line end. */
    private void skipComment() {
        while (pos < length) {
            byte c = bytes[pos++];
            if (c == '\n' || c == '\r') {
                endLine(c);
                return;
            }
        }
    }

    /** Counts a line end whose first character, {@code c}, was just passed; CRLF is one line end. */
    private void endLine(int c) {
        if (c == '\r' && pos < length && bytes[pos] == '\n') {
            pos++;
        }
        line++;
        lineStart = pos;
    }

    /** The current field's value, without its quotes. */
    @Override
    public String value() {
        if (value == null) {
            Charset charset = ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
            value = inUnquoted
                    ? new String(unquoted, 0, unquotedLength, charset)
                    : new String(bytes, valueStart, valueEnd - valueStart, charset);
        }
        return value;
    }

    /** The UTF-8 bytes of the current field's value. */
    byte[] valueBytes() {
        return inUnquoted ? Arrays.copyOf(unquoted, unquotedLength) : Arrays.copyOfRange(bytes, valueStart, valueEnd);
    }

    @Override
    public boolean isEmpty() {
        return valueLength() == 0;
    }

    /** The length in bytes of the current field's value. */
    @Override
    public int valueLength() {
        return inUnquoted ? unquotedLength : valueEnd - valueStart;
    }

    /** The last byte of the current field's value, or -1 when it is empty. */
    int valueLastByte() {
        if (inUnquoted) {
            return unquotedLength == 0 ? -1 : unquoted[unquotedLength - 1] & 0xff;
        }
        return valueEnd > valueStart ? bytes[valueEnd - 1] & 0xff : -1;
    }

    /** Whether the current field's value is the one whose UTF-8 bytes are {@code other}. */
    boolean valueEquals(byte[] other) {
        return inUnquoted
                ? Arrays.equals(unquoted, 0, unquotedLength, other, 0, other.length)
                : Arrays.equals(bytes, valueStart, valueEnd, other, 0, other.length);
    }

    /** The line the current row starts on. */
    @Override
    public int rowLine() {
        return rowLine;
    }

    /** The line the current field starts on; after the last field of a row, the last field's. */
    @Override
    public int line() {
        return fieldLine;
    }

    /** The column the current field starts at: its opening quote, if quoted. */
    @Override
    public int column() {
        // An empty last field at the end of the input is placed on the separator before it, as Jackson did.
        return chars(fieldLineStart, fieldStart) + (fieldStart < length ? 1 : 0);
    }

    /** How many UTF-16 characters {@code bytes[from, to)} hold; both ends are at a character's start. */
    private int chars(int from, int to) {
        return ascii ? to - from : new String(bytes, from, to - from, StandardCharsets.UTF_8).length();
    }

    /** The first UTF-16 character of the one starting at byte {@code i}. */
    private char charAt(int i) {
        if (bytes[i] >= 0) {
            return (char) bytes[i];
        }
        return new String(bytes, i, Math.min(4, length - i), StandardCharsets.UTF_8).charAt(0);
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
        /** Not serialized: the message keeps the English text. */
        private final transient Phrase reason;

        SyntaxError(int line, int column, Phrase reason) {
            super(reason.toString(), null, false, false);
            this.line = line;
            this.column = column;
            this.reason = reason;
        }

        /** What is wrong, to be put into words in the reader's language. */
        Phrase reason() {
            return reason;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }
}
