package org.ruralwater.core.datafile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes to text, the same whether read from a file or a stream. */
class TextTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] bytes(byte[] prefix, String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + t.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(t, 0, all, prefix.length, t.length);
        return all;
    }

    private static String fromFile(Path dir, byte[] bytes, Problems problems) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.write(file, bytes);
        return Text.decode(Text.bytesOf(file, "t.csv"), problems);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText(@TempDir Path dir) throws IOException {
        byte[] bytes = bytes(BOM, "id\n水\n");
        assertThat(Text.decode(bytes, new Problems("t.csv"))).isEqualTo("id\n水\n");
        assertThat(fromFile(dir, bytes, new Problems("t.csv"))).isEqualTo("id\n水\n");
    }

    /** The fast decoder marks bad bytes with U+FFFD, so a file holding one is decoded again, strictly. */
    @Test
    void aReplacementCharacterWrittenAsSuchIsText(@TempDir Path dir) throws IOException {
        byte[] bytes = bytes(new byte[0], "a\uFFFDb\n");
        Problems problems = new Problems("t.csv");
        assertThat(Text.decode(bytes, problems)).isEqualTo("a\uFFFDb\n");
        assertThat(fromFile(dir, bytes, problems)).isEqualTo("a\uFFFDb\n");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void anInvalidByteIsAProblemAtItsLineAndColumn(@TempDir Path dir) throws IOException {
        byte[] bytes = bytes(BOM, "id\nab?");
        bytes[bytes.length - 1] = (byte) 0xC7; // the first byte of a GBK character
        for (boolean file : new boolean[] {false, true}) {
            Problems problems = new Problems("t.csv");
            String text = file ? fromFile(dir, bytes, problems) : Text.decode(bytes, problems);
            assertThat(text).isNull();
            assertThatThrownBy(problems::throwIfAny)
                    .hasMessageContaining("t.csv:2:3: (encoding): expected UTF-8 or GB18030 text (save the file as"
                            + " UTF-8, or name its encoding with --encoding), found byte 0xC7 at offset 8");
        }
    }

    @Test
    void asciiIsToldFromOtherBytesWhereverTheyAre() {
        byte[] bytes = bytes(BOM, "0123456789abcdefghij");
        assertThat(Text.textStart(bytes)).isEqualTo(3);
        assertThat(Text.textStart(bytes(new byte[0], "id"))).isZero();
        assertThat(Text.isAscii(bytes, 3)).isTrue();
        assertThat(Text.isAscii(bytes, 0)).isFalse();
        for (int i = 3; i < bytes.length; i++) {
            byte[] one = bytes.clone();
            one[i] = (byte) 0xE6;
            assertThat(Text.isAscii(one, 3)).as("non-ASCII at %d", i).isFalse();
        }
    }

    @Test
    void aMissingFileIsAProblemNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> Text.bytesOf(dir.resolve("nope.csv"), "nope.csv"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nope.csv: (file): expected a readable file, found no such file");
    }
}
