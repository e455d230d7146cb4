package org.ruralwater.store.database;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Rows in the text form of PostgreSQL's {@code COPY} (tab between values, a line a row, {@code \N} for null),
 * made straight into UTF-8 bytes: the form the driver sends, so a chunk is never held as characters first.
 *
 * <p>Text rather than CSV because a document's JSON is full of quotes, which CSV doubles (a copy of every
 * body), while text escapes only backslash, tab, line feed and carriage return, which JSON holds rarely or
 * never. In UTF-8 those four bytes never occur inside a multi-byte character, so text already in UTF-8 (a
 * document written by Jackson as bytes) is escaped byte by byte. An empty string is an empty value and a null
 * is {@code \N}, so they stay apart.
 */
final class CopyText {

    private byte[] bytes;
    private int size;

    CopyText(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    byte[] bytes() {
        return bytes;
    }

    void clear() {
        size = 0;
    }

    /** A row's values, in order: strings, UTF-8 bytes, integers, longs, dates, timestamps or null. */
    void row(@Nullable Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put((byte) '\t');
            }
            value(values[i]);
        }
        put((byte) '\n');
    }

    private void value(@Nullable Object value) {
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
        } else if (value instanceof String s) {
            text(s);
        } else if (value instanceof byte[] utf8) {
            escaped(utf8, utf8.length);
        } else if (value instanceof Timestamp t) {
            // The column is a timestamp without zone, which JDBC binds in the JVM's zone: the same here.
            ascii(t.toLocalDateTime().toString());
        } else if (value instanceof LocalDate || value instanceof Integer || value instanceof Long) {
            ascii(value.toString());
        } else {
            throw new IllegalArgumentException(
                    "no COPY form for a " + value.getClass().getSimpleName());
        }
    }

    private void text(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                // Past ASCII: the rest of the string through the encoder, then escaped as bytes.
                byte[] rest = s.substring(i).getBytes(StandardCharsets.UTF_8);
                escaped(rest, rest.length);
                return;
            }
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                // Two bytes for one: room for the rest again.
                ensure(n - i + 1);
                escape((byte) c);
            } else {
                bytes[size++] = (byte) c;
            }
        }
    }

    private void escaped(byte[] utf8, int length) {
        ensure(length);
        int from = 0;
        for (int i = 0; i < length; i++) {
            byte b = utf8[i];
            if (b == '\\' || b == '\t' || b == '\n' || b == '\r') {
                System.arraycopy(utf8, from, bytes, size, i - from);
                size += i - from;
                escape(b);
                from = i + 1;
                ensure(length - from);
            }
        }
        System.arraycopy(utf8, from, bytes, size, length - from);
        size += length - from;
    }

    private void escape(byte b) {
        ensure(2);
        bytes[size++] = '\\';
        bytes[size++] = switch (b) {
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\r' -> 'r';
            default -> '\\';
        };
    }

    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
    }

    private void put(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }
}
