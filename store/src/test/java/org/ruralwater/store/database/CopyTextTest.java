package org.ruralwater.store.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    private static String row(Object... values) {
        CopyText text = new CopyText(0);
        text.row(values);
        return text.toString();
    }

    /** COPY's own reading of one value of its text form (the inverse the server applies). */
    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char n = field.charAt(++i);
            out.append(
                    switch (n) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        default -> n;
                    });
        }
        return out.toString();
    }

    @Test
    void aNullIsBackslashNAndAnEmptyStringIsAnEmptyValue() {
        assertThat(row(null, "", "x")).isEqualTo("\\N\t\tx\n");
    }

    @Test
    void backslashTabAndLineEndsAreEscapedAndQuotesAreLeftAlone() {
        assertThat(row("{\"id\":\"A\"}")).isEqualTo("{\"id\":\"A\"}\n");
        assertThat(row("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re\n");
    }

    @Test
    void textAlreadyInUtf8IsEscapedAsAStringIs() {
        String s = "水费 \\ 第一\t阶梯\n";
        assertThat(row((Object) s.getBytes(StandardCharsets.UTF_8))).isEqualTo(row(s));
    }

    @Test
    void datesNumbersAndTimesKeepTheirTextForm() {
        assertThat(row(
                        LocalDate.of(2015, 5, 1),
                        42,
                        7L,
                        Timestamp.valueOf(LocalDateTime.of(2026, 12, 1, 9, 30, 5, 120_000_000))))
                .isEqualTo("2015-05-01\t42\t7\t2026-12-01T09:30:05.120\n");
    }

    @Test
    void aStringOfEscapesAndLettersComesBackAsItWentWhateverItsLength() {
        // ASCII alone takes the string's own path, past ASCII the encoder's: both, long enough to fill buffers.
        for (String alphabet : List.of("a\\\t\n\r\",N", "a\\\t\n\r水\",N")) {
            qt().withExamples(1_000)
                    .forAll(lists().of(integers().between(0, alphabet.length() - 1))
                            .ofSizeBetween(0, 3_000))
                    .checkAssert(picks -> {
                        StringBuilder s = new StringBuilder();
                        picks.forEach(i -> s.append(alphabet.charAt(i)));
                        String written = row(s.toString(), s.toString().getBytes(StandardCharsets.UTF_8), "end");
                        String[] fields =
                                written.substring(0, written.length() - 1).split("\t", -1);
                        assertThat(fields).hasSize(3);
                        assertThat(unescape(fields[0])).isEqualTo(s.toString());
                        assertThat(unescape(fields[1])).isEqualTo(s.toString());
                        assertThat(fields[2]).isEqualTo("end");
                    });
        }
    }

    @Test
    void anyStringComesBackFromItsValueAsItWent() {
        qt().withExamples(2_000)
                .forAll(strings().allPossible().ofLengthBetween(0, 40))
                .checkAssert(s -> {
                    // As UTF-8 encodes it: a lone surrogate, which no database text holds, becomes '?'.
                    String sent = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                    String written = row(s, s.getBytes(StandardCharsets.UTF_8));
                    assertThat(written).endsWith("\n");
                    String[] fields = written.substring(0, written.length() - 1).split("\t", -1);
                    assertThat(fields).hasSize(2);
                    assertThat(unescape(fields[0])).isEqualTo(sent);
                    assertThat(unescape(fields[1])).isEqualTo(sent);
                });
    }

    @Test
    void aValueWithoutACopyFormIsRefused() {
        assertThatThrownBy(() -> row(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Double");
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> BulkInsert.into("reading", "meter", "read_on").row("M1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 values, not 1");
    }
}
