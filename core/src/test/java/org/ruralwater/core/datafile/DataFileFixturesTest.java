package org.ruralwater.core.datafile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.HouseholdId;

/** Runs the strict readers over the fixture folder: every malformed file must give exactly its problems. */
class DataFileFixturesTest {

    private static Path fixtures() {
        try {
            return Path.of(DataFileFixturesTest.class.getResource("/datafile").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> malformedFiles() throws IOException {
        return Files.list(fixtures().resolve("malformed"))
                .filter(p -> !p.toString().endsWith(".expected"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("malformedFiles")
    void aMalformedFileGivesEveryProblemItHasAndNoRecords(Path file) throws IOException {
        List<String> expected =
                Files.readAllLines(file.resolveSibling(file.getFileName() + ".expected"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvReader.forRecord(Household.class).read(file))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactlyElementsOf(expected));
    }

    @Test
    void acceptsAByteOrderMarkAndCrlfLineEnds() {
        List<Household> read =
                CsvReader.forRecord(Household.class).read(fixtures().resolve("good/households-bom-crlf.csv"));
        assertThat(read).extracting(Household::id).containsExactly(HouseholdId.of("H-1"), HouseholdId.of("H-2"));
        assertThat(read.get(1).works()).isEmpty();
        assertThat(read.get(1).meter()).isEmpty();
    }

    @Test
    void acceptsColumnsInAnyOrderQuotedFieldsCommentsAndBlankLines() {
        List<Located<Household>> read =
                CsvReader.forRecord(Household.class).readLocated(fixtures().resolve("good/households-quoted.csv"));
        assertThat(read).extracting(Located::line).containsExactly(4, 6);
        assertThat(read.get(0).value().members()).isEqualTo(4);
        assertThat(read.get(1).value().id()).isEqualTo(HouseholdId.of("H-2"));
        assertThat(read.get(1).value().connection()).isEqualTo(Connection.YARD_TAP);
    }

    @Test
    void keepsLineBreaksAndQuotesInsideQuotedText() {
        List<Note> notes = CsvReader.forRecord(Note.class).read(fixtures().resolve("good/notes.csv"));
        assertThat(notes.get(0).note()).contains("a note\nover two lines, with \"quotes\"");
        assertThat(notes.get(0).tags()).containsExactly("a", "b");
        assertThat(notes.get(1).note()).isEmpty();
        assertThat(notes.get(1).tags()).isEmpty();
    }

    @Test
    void aMissingFileIsAProblemNamingIt() {
        assertThatThrownBy(() ->
                        CsvReader.forRecord(Household.class).read(fixtures().resolve("nope.csv")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nope.csv: (file): expected a readable file, found no such file");
    }
}
