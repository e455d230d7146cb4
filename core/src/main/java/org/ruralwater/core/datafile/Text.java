package org.ruralwater.core.datafile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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

    private Text() {}

    static byte[] bytesOf(Path file, String source) {
        if (Files.isDirectory(file)) {
            throw aFolder(source);
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw noSuchFile(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static InvalidInputException noSuchFile(String source) {
        return new InvalidInputException(List.of(new Problem(
                source, 0, 0, "(file)", Phrase.of(CoreWords.READABLE_FILE), Phrase.of(CoreWords.NO_SUCH_FILE))));
    }

    /** A folder named where a file was expected: a problem with the whole file, not an exception. */
    private static InvalidInputException aFolder(String source) {
        return new InvalidInputException(List.of(new Problem(
                source, 0, 0, "(file)", Phrase.of(CoreWords.READABLE_FILE), Phrase.of(CoreWords.A_FOLDER))));
    }

    static byte[] bytesOf(InputStream in, String source) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * The text of the file, strict UTF-8 without its byte-order mark, or null with a problem as in {@link
     * #decode}. Unlike reading the bytes and decoding them, this keeps the bytes of an ASCII file as the
     * text's own instead of copying them.
     */
    static String textOf(Path file, String source, Problems problems) {
        if (Files.isDirectory(file)) {
            throw aFolder(source);
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return decode(bytesOf(file, source), problems); // read again, to find where
        } catch (NoSuchFileException e) {
            throw noSuchFile(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The text of the bytes, or a problem naming the line and byte of the first invalid UTF-8 sequence. */
    static String decode(byte[] bytes, Problems problems) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
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
