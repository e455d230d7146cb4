package org.ruralwater.core.datafile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The readers' limits are located problems, one per cause and row (issue 14: a 100,000-column header was
 * reported once per column, for 98 s and 6 GB, and JSON nesting past Jackson's limit showed Jackson's Java).
 */
class ReaderLimitsTest {

    record Row(String id, String name, Optional<String> note) {}

    record Doc(String id, Optional<List<Row>> rows) {}

    private static final CsvReader<Row> CSV = CsvReader.forRecord(Row.class);
    private static final JsonReader<Doc> JSON = JsonReader.forRecord(Doc.class);

    @Test
    void aHeaderWiderThanTheLimitIsOneProblemAtItsFirstColumnTooMany() {
        StringBuilder header = new StringBuilder("id,name");
        for (int i = 0; i < 100_000; i++) {
            header.append(",x").append(i);
        }
        List<Problem> problems = csvProblems(header + "\nH1,one\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(header.indexOf(",x998,") + 2);
            assertThat(p.toString())
                    .endsWith("expected a header of at most 1000 columns, found a header of 100002 columns");
        });
    }

    @Test
    void aRowWithManyFieldsTooManyOrTooFewIsOneProblemEach() {
        String wide = "H1,one,note" + ",x".repeat(50_000);
        List<Problem> problems = csvProblems("# a comment\nid,name,note\n" + wide + "\nH2\n");

        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "r.csv:3:13: (row): expected 3 fields, as in the header, found a row of 50003 fields",
                        "r.csv:4:1: name: expected 3 fields, as in the header, found a row of 1 field");
    }

    @Test
    void aValueLongerThanTheLimitIsAProblemThatDoesNotQuoteIt() {
        List<Problem> problems = csvProblems("id,name\nH1," + "n".repeat(2_000_000) + "\n");

        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> assertThat(p.toString())
                                .isEqualTo(
                                        "r.csv:2:4: name: expected a value of at most 10000 characters, found a value of 2000000 characters"));
    }

    @Test
    void jsonNestedTooDeepIsAProblemInWordsWhereTheLimitWasPassed() {
        String deep = "{\"id\": \"d\", \"unknown\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        List<Problem> problems = jsonProblems(deep);

        // The unknown key is a problem too, found before the nesting under it.
        assertThat(problems).hasSize(2).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isGreaterThan(20);
            assertThat(p.toString()).contains("expected values nested at most 100 deep, found a value nested deeper");
        });
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain("StreamReadConstraints", "`"));
    }

    @Test
    void aJsonStringOrNumberPastTheLimitIsAProblemInWords() {
        assertThat(jsonProblems("{\"id\": \"" + "x".repeat(200_000) + "\"}"))
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("expected a string of at most 100000 characters"));
        assertThat(jsonProblems("{\"id\": " + "9".repeat(5_000) + "}"))
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("expected a number of at most 400 characters"));
    }

    @Test
    void jacksonsSyntaxMessagesLoseTheirJava() {
        assertThat(jsonProblems("{\"id\": NaN}"))
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).doesNotContain("`", "Feature"));
        assertThat(jsonProblems("{\"id\": \"a\", \"rows\": ["))
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).doesNotContain("Source", "start marker"));
    }

    private static List<Problem> csvProblems(String text) {
        return catchThrowableOfType(() -> CSV.read("r.csv", stream(text)), InvalidInputException.class)
                .problems();
    }

    private static List<Problem> jsonProblems(String text) {
        return catchThrowableOfType(() -> JSON.readOne("d.json", stream(text)), InvalidInputException.class)
                .problems();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
