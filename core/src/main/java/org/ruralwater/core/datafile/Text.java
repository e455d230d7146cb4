package org.ruralwater.core.datafile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;

/** Turns raw input into text: strict UTF-8, with or without a byte-order mark. */
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

    /** The text of the bytes, or a problem naming the line and byte of the first invalid UTF-8 sequence. */
    static String decode(byte[] bytes, Problems problems) {
        int start = textStart(bytes);
        // The fast decoder replaces invalid input with U+FFFD; text without one was valid. Text with one is
        // decoded again strictly, which either finds the invalid byte or shows the U+FFFD was written as such.
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return chars.toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalid(bytes, start);
            int line = 1;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            problems.add(
                    line,
                    bad - lineStart + 1,
                    "(encoding)",
                    Phrase.of(CoreWords.UTF8_TEXT),
                    Phrase.of(
                            CoreWords.BYTE_AT_OFFSET,
                            String.format(Locale.ROOT, "%02X", bytes[bad] & 0xff),
                            Integer.toString(bad)));
            return null;
        }
    }

    private static int firstInvalid(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
