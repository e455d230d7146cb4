package org.ruralwater.core.datafile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;

/** Turns raw input into text: strict UTF-8 (with or without a byte-order mark), else strict GB18030. */
final class Text {

    /** The bytes of an array read eight at a time, as longs. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private Text() {}

    static byte[] bytesOf(Path file, String source) {
        if (Files.isDirectory(file)) {
            // A folder named where a file was expected: a problem with the whole file, not an exception.
            throw fileProblem(source, CoreWords.A_FOLDER);
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fileProblem(source, CoreWords.NO_SUCH_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static InvalidInputException fileProblem(String source, CoreWords found) {
        return new InvalidInputException(
                List.of(new Problem(source, 0, 0, "(file)", Phrase.of(CoreWords.READABLE_FILE), Phrase.of(found))));
    }

    static byte[] bytesOf(InputStream in, String source) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** Where the text starts in the bytes: after the byte-order mark, if there is one. */
    static int textStart(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                ? 3
                : 0;
    }

    /** Whether every byte from {@code from} on is ASCII (and so the bytes are UTF-8), read eight at a time. */
    static boolean isAscii(byte[] bytes, int from) {
        long seen = 0;
        int i = from;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            seen |= (long) LONGS.get(bytes, i);
        }
        for (; i < bytes.length; i++) {
            seen |= bytes[i];
        }
        return (seen & 0x8080808080808080L) == 0;
    }

    /**
     * The bytes as UTF-8, by the one fixed rule (no guessing): strict UTF-8, with or without a byte-order mark;
     * else strict GB18030 (which covers GBK), told as a {@link Notice}; else a problem at the first bytes
     * neither reads. An encoding set for the {@link ReadingScope} is the only one tried.
     *
     * @return the UTF-8 bytes and where their text starts, or null after adding the problem
     */
    static Decoded utf8(byte[] bytes, Problems problems) {
        Charset declared = ReadingScope.encoding();
        int start = textStart(bytes);
        boolean utf8Declared = declared == null || declared.equals(StandardCharsets.UTF_8);
        if (utf8Declared && isAscii(bytes, start)) {
            return new Decoded(bytes, start, true, StandardCharsets.UTF_8);
        }
        int badUtf8 = -1;
        if (utf8Declared) {
            // The fast decoder replaces invalid input with U+FFFD; text without one was valid. Text with one is
            // checked again strictly, which finds the invalid byte or shows the U+FFFD was written as such.
            String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            badUtf8 = fast.indexOf('\uFFFD') < 0 ? -1 : firstInvalid(bytes, start, StandardCharsets.UTF_8);
            if (badUtf8 < 0) {
                return new Decoded(bytes, start, false, StandardCharsets.UTF_8);
            }
        }
        if (declared != null && !utf8Declared) {
            int bad = firstInvalid(bytes, 0, declared);
            if (bad < 0) {
                return reencoded(bytes, declared);
            }
            problems.add(
                    lineOf(bytes, 0, bad),
                    columnOf(bytes, 0, bad),
                    "(encoding)",
                    Phrase.of(CoreWords.TEXT_IN, declared.name()),
                    undecodable(bytes, bad));
            return null;
        }
        if (declared == null) {
            int badGb = firstInvalid(bytes, 0, GB18030);
            if (badGb < 0) {
                problems.notice(Phrase.of(CoreWords.DECODED_AS, GB18030.name()));
                return reencoded(bytes, GB18030);
            }
            // Neither reads the file: the place where the one that read further stopped is where it is wrong.
            int bad = Math.max(badUtf8, badGb);
            int from = bad == badUtf8 ? start : 0;
            problems.add(
                    lineOf(bytes, from, bad),
                    columnOf(bytes, from, bad),
                    "(encoding)",
                    Phrase.of(CoreWords.UTF8_TEXT),
                    undecodable(bytes, bad));
            return null;
        }
        problems.add(
                lineOf(bytes, start, badUtf8),
                columnOf(bytes, start, badUtf8),
                "(encoding)",
                Phrase.of(CoreWords.TEXT_IN, "UTF-8"),
                undecodable(bytes, badUtf8));
        return null;
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The bytes, all valid in {@code charset}, as UTF-8. */
    private static Decoded reencoded(byte[] bytes, Charset charset) {
        byte[] utf8 = new String(bytes, charset).getBytes(StandardCharsets.UTF_8);
        int start = textStart(utf8); // a byte-order mark written in GB18030 decodes to U+FEFF too
        return new Decoded(utf8, start, isAscii(utf8, start), charset);
    }

    /** Bytes as UTF-8 from {@code start}; {@code ascii} whether all are ASCII; {@code charset} they came in. */
    record Decoded(byte[] bytes, int start, boolean ascii, Charset charset) {}

    /** The text of the bytes by {@link #utf8}'s rule, or null after a problem naming the first bad bytes. */
    static String decode(byte[] bytes, Problems problems) {
        Decoded d = utf8(bytes, problems);
        return d == null
                ? null
                : new String(d.bytes(), d.start(), d.bytes().length - d.start(), StandardCharsets.UTF_8);
    }

    private static int lineOf(byte[] bytes, int from, int bad) {
        int line = 1;
        for (int i = from; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The column, in bytes, of {@code bad} in its line. */
    private static int columnOf(byte[] bytes, int from, int bad) {
        int lineStart = from;
        for (int i = from; i < bad; i++) {
            if (bytes[i] == '\n') {
                lineStart = i + 1;
            }
        }
        return bad - lineStart + 1;
    }

    /** The first undecodable bytes (up to four) and where they are. */
    private static Phrase undecodable(byte[] bytes, int bad) {
        int end = Math.min(bytes.length, bad + 4);
        if (end - bad == 1) {
            return Phrase.of(CoreWords.BYTE_AT_OFFSET, hex(bytes[bad]), Integer.toString(bad));
        }
        StringBuilder b = new StringBuilder();
        for (int i = bad; i < end; i++) {
            b.append(i == bad ? "0x" : " 0x").append(hex(bytes[i]));
        }
        return Phrase.of(CoreWords.BYTES_AT_OFFSET, b.toString(), Integer.toString(bad));
    }

    private static String hex(byte b) {
        return String.format(Locale.ROOT, "%02X", b & 0xff);
    }

    /** Where strict decoding in the charset first fails, or -1 when every byte decodes. */
    private static int firstInvalid(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            return in.position();
        }
        r = decoder.flush(out);
        return r.isError() ? in.position() : -1;
    }
}
