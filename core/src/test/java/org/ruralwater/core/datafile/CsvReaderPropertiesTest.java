package org.ruralwater.core.datafile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * However a CSV file with the same records is laid out (quoting, line ends, comments, blank lines, a
 * byte-order mark), the reader reads the same records, each at the line its row starts on.
 */
class CsvReaderPropertiesTest {

    /** Characters that matter to the grammar, and a few that do not. */
    private static final String ALPHABET = "ab ,\"\n\r#;\t水x";

    private static Gen<String> texts() {
        return lists().of(integers().between(0, ALPHABET.length() - 1))
                .ofSizeBetween(0, 8)
                .map(chars -> {
                    StringBuilder b = new StringBuilder();
                    chars.forEach(i -> b.append(ALPHABET.charAt(i)));
                    return b.toString();
                });
    }

    @Test
    void anyLayoutOfTheSameRecordsReadsTheSameRecordsAtTheirLines(@TempDir Path dir) {
        Path file = dir.resolve("notes.csv");
        qt().withExamples(500)
                .forAll(lists().of(texts()).ofSizeBetween(0, 6), longs().all())
                .checkAssert((notes, layoutSeed) -> {
                    List<Note> records = new ArrayList<>();
                    for (int i = 0; i < notes.size(); i++) {
                        String note = notes.get(i);
                        List<String> tags = i % 3 == 0 ? List.of() : List.of("t" + i, "u");
                        records.add(new Note("n" + i, note.isBlank() ? Optional.empty() : Optional.of(note), tags));
                    }
                    Layout layout = new Layout(new Random(layoutSeed));
                    String text = layout.write(records);
                    byte[] bytes =
                            (layout.random.nextBoolean() ? "\uFEFF" + text : text).getBytes(StandardCharsets.UTF_8);
                    List<Located<Note>> read;
                    if (layout.random.nextBoolean()) {
                        read = CsvReader.forRecord(Note.class)
                                .readLocated("notes.csv", new ByteArrayInputStream(bytes));
                    } else {
                        write(file, bytes);
                        read = CsvReader.forRecord(Note.class).readLocated(file);
                    }
                    assertThat(read).extracting(Located::value).containsExactlyElementsOf(records);
                    assertThat(read).extracting(Located::line).containsExactlyElementsOf(layout.lines);
                });
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes records in a layout drawn at random, keeping the line each row starts on. */
    private static final class Layout {
        final Random random;
        final List<Integer> lines = new ArrayList<>();
        private final StringBuilder out = new StringBuilder();
        private int line = 1;

        Layout(Random random) {
            this.random = random;
        }

        String write(List<Note> records) {
            skippedLines();
            out.append(field("id"))
                    .append(',')
                    .append(field("note"))
                    .append(',')
                    .append(field("tags"));
            for (Note n : records) {
                lineEnd();
                skippedLines();
                if (random.nextInt(6) == 0) {
                    out.append("  ");
                }
                lines.add(line);
                out.append(field(n.id()))
                        .append(',')
                        .append(field(n.note().orElse(random.nextBoolean() ? "" : " ")))
                        .append(',')
                        .append(field(String.join(";", n.tags())));
            }
            if (random.nextBoolean()) {
                lineEnd();
                skippedLines();
            }
            return out.toString();
        }

        /** Comments and blank lines, which the reader skips. */
        private void skippedLines() {
            while (random.nextInt(4) == 0) {
                switch (random.nextInt(4)) {
                    case 0 -> out.append("# a comment, \"quoted\"");
                    case 1 -> out.append("   ");
                    case 2 -> out.append("  # indented");
                    default -> {}
                }
                lineEnd();
            }
        }

        /** LF, CRLF or CR; never an LF right after a CR, for the two would make one line end. */
        private void lineEnd() {
            int kind = random.nextInt(3);
            if (kind == 0 && out.length() > 0 && out.charAt(out.length() - 1) == '\r') {
                kind = 1;
            }
            out.append(kind == 0 ? "\n" : kind == 1 ? "\r\n" : "\r");
            line++;
        }

        /** The value, quoted when it must be and sometimes when it need not, with blanks after the quote. */
        private String field(String value) {
            boolean must = value.indexOf(',') >= 0
                    || value.indexOf('"') >= 0
                    || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0
                    || value.startsWith("#")
                    || value.startsWith(" ");
            if (!must && random.nextInt(4) != 0) {
                return value;
            }
            line += lineBreaks(value);
            return "\"" + value.replace("\"", "\"\"") + "\"" + (random.nextInt(5) == 0 ? " \t" : "");
        }

        private static int lineBreaks(String value) {
            int n = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    n++;
                }
            }
            return n;
        }
    }
}
