package org.ruralwater.core.datafile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    record Row(String id, Optional<String> text) {}

    /** Any text UTF-8 can hold: every code point below the surrogates, controls included, and the supplementary planes. */
    @Test
    void anyTextSurvivesAWriteAndARead() {
        qt().withExamples(500)
                .forAll(lists().of(strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 30))
                        .ofSizeBetween(1, 10))
                .checkAssert(texts -> {
                    List<Row> rows = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        String t = texts.get(i);
                        rows.add(new Row("r" + i, t.isBlank() ? Optional.empty() : Optional.of(t)));
                    }
                    assertThat(roundTrip(rows)).isEqualTo(rows);
                });
    }

    @Test
    void textOutsideTheBasicPlaneSurvives() {
        List<Row> rows = List.of(new Row("a", Optional.of("𠀀 \uD83D\uDCA7 水")));
        assertThat(roundTrip(rows)).isEqualTo(rows);
    }

    @Test
    void quotesOnlyWhatMustBeQuoted() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter.forRecord(Row.class)
                .write(
                        out,
                        List.of(
                                new Row("a", Optional.of("plain")),
                                new Row("b", Optional.of("x, \"y\"")),
                                new Row("c", Optional.empty())));
        assertThat(out).hasToString("id,text\na,plain\nb,\"x, \"\"y\"\"\"\nc,\n");
    }

    @Test
    void aRowIsTheRecordsLineOfTheFileWithoutItsEnd() throws IOException {
        CsvWriter<Row> writer = CsvWriter.forRecord(Row.class);
        Row row = new Row("b", Optional.of("x, \"y\""));
        StringWriter out = new StringWriter();
        writer.write(out, List.of(row));
        assertThat(writer.row(row)).isEqualTo("b,\"x, \"\"y\"\"\"");
        assertThat(out.toString()).isEqualTo("id,text\n" + writer.row(row) + "\n");
        assertThat(writer.row(new Row("c", Optional.empty()))).isEqualTo("c,");
    }

    @Test
    void replacesAFileOnlyWhenEverythingIsWritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, "old");
        List<Row> poisoned = new AbstractList<>() {
            @Override
            public Row get(int i) {
                if (i == 1) {
                    throw new IllegalStateException("source failed");
                }
                return new Row("a", Optional.empty());
            }

            @Override
            public int size() {
                return 2;
            }
        };
        assertThatThrownBy(() -> CsvWriter.forRecord(Row.class).write(file, poisoned))
                .hasMessage("source failed");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(dir.resolve("rows.csv.part")).doesNotExist();
    }

    private static List<Row> roundTrip(List<Row> rows) {
        StringWriter out = new StringWriter();
        try {
            CsvWriter.forRecord(Row.class).write(out, rows);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return CsvReader.forRecord(Row.class)
                .read("rows.csv", new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
