package org.ruralwater.core.datafile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The grammar the CSV reader accepts, field by field with positions. The positions and syntax messages are
 * the ones Jackson's CSV parser gave, which the tokenizer replaced; the quirks kept for that are named.
 */
class CsvTokenizerTest {

    /** A field as {@code line:column=value}, the value with its line breaks made visible. */
    private static List<List<String>> rows(String text) {
        CsvTokenizer in = new CsvTokenizer(text);
        List<List<String>> rows = new ArrayList<>();
        while (in.nextRow()) {
            List<String> row = new ArrayList<>();
            while (in.nextField()) {
                row.add(in.line() + ":" + in.column() + "="
                        + in.value().replace("\r", "\\r").replace("\n", "\\n"));
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void fieldsAreSeparatedByCommasAndStartWhereTheirFirstCharacterIs() {
        assertThat(rows("a,bb,,c\nd,e\n"))
                .containsExactly(List.of("1:1=a", "1:3=bb", "1:6=", "1:7=c"), List.of("2:1=d", "2:3=e"));
    }

    @Test
    void aQuotedFieldHoldsCommasDoubledQuotesAndLineBreaksAndTheLinesAfterItStillCount() {
        assertThat(rows("\"x, \"\"y\"\"\nz\",w\nnext\n"))
                .containsExactly(List.of("1:1=x, \"y\"\\nz", "2:4=w"), List.of("3:1=next"));
    }

    @Test
    void linesEndWithLfCrlfOrALoneCrAndCrlfInsideQuotesCountsOnce() {
        assertThat(rows("a\r\nb\rc\n\"d\r\ne\",f\rg"))
                .containsExactly(
                        List.of("1:1=a"),
                        List.of("2:1=b"),
                        List.of("3:1=c"),
                        List.of("4:1=d\\r\\ne", "5:4=f"),
                        List.of("6:1=g"));
    }

    @Test
    void commentsEmptyLinesAndTheSpacesBeforeARowAreSkipped() {
        assertThat(rows("# a comment, with a comma\n\n   \n  # an indented comment\n  x, y\n#\n"))
                .containsExactly(List.of("5:3=x", "5:5= y"));
    }

    @Test
    void aHashAfterTheStartOfARowIsText() {
        assertThat(rows("a,#b\n")).containsExactly(List.of("1:1=a", "1:3=#b"));
    }

    @Test
    void aQuoteInsideAnUnquotedValueIsAnOrdinaryCharacter() {
        assertThat(rows("a\"b,\"\"\n")).containsExactly(List.of("1:1=a\"b", "1:5="));
    }

    @Test
    void blanksAfterAClosingQuoteAreSkippedButSpacesBeforeAnOpeningQuoteAreText() {
        assertThat(rows("\"a\" \t,b, \"c\"\n")).containsExactly(List.of("1:1=a", "1:7=b", "1:9= \"c\""));
    }

    @Test
    void anEmptyLastFieldStartsAtTheLineEnd() {
        assertThat(rows("a,\nb,\r\n")).containsExactly(List.of("1:1=a", "1:3="), List.of("2:1=b", "2:3="));
    }

    /** Kept as Jackson placed it, one column before where a line end would be. */
    @Test
    void anEmptyLastFieldAtTheEndOfTheInputIsPlacedOnItsSeparator() {
        assertThat(rows("a,b,")).containsExactly(List.of("1:1=a", "1:3=b", "1:4="));
    }

    @Test
    void theLastRowNeedsNoLineEnd() {
        assertThat(rows("a,b")).containsExactly(List.of("1:1=a", "1:3=b"));
        assertThat(rows("\"a\"")).containsExactly(List.of("1:1=a"));
    }

    @Test
    void anInputOfOnlyCommentsAndBlankLinesHasNoRows() {
        assertThat(rows("")).isEmpty();
        assertThat(rows("# only a comment")).isEmpty();
        assertThat(rows("\r\n  \n")).isEmpty();
    }

    @Test
    void aQuoteLeftOpenIsASyntaxErrorAtTheEndOfTheInput() {
        assertThatThrownBy(() -> rows("id\n\"open,\nstill open\n"))
                .isInstanceOfSatisfying(CsvTokenizer.SyntaxError.class, e -> {
                    assertThat(e).hasMessage("Missing closing quote for value");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(1);
                });
    }

    @Test
    void textAfterAClosingQuoteIsASyntaxErrorPlacedJustAfterTheCharacter() {
        assertThatThrownBy(() -> rows("a,\"b\"c\n")).isInstanceOfSatisfying(CsvTokenizer.SyntaxError.class, e -> {
            assertThat(e)
                    .hasMessage("Unexpected character ('c' (code 99)): Expected column separator character"
                            + " (',' (code 44)) or end-of-line");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(7);
        });
        assertThatThrownBy(() -> rows("\"b\"水"))
                .hasMessageStartingWith("Unexpected character ('水' (code 27700 / 0x6c34))");
        assertThatThrownBy(() -> rows("\"b\"\u007f"))
                .hasMessageStartingWith("Unexpected character ((CTRL-CHAR, code 127))");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aValueIsComparedAsBytesWithoutMakingAStringOfIt() {
        CsvTokenizer in = new CsvTokenizer("539821101201,\"a\"\"水\",\n");
        assertThat(in.nextRow()).isTrue();
        assertThat(in.nextField()).isTrue();
        assertThat(in.valueEquals(utf8("539821101201"))).isTrue();
        assertThat(in.valueEquals(utf8("539821101202"))).isFalse();
        assertThat(in.valueEquals(utf8("53982110120"))).isFalse();
        assertThat(in.valueLength()).isEqualTo(12);
        assertThat(in.valueLastByte()).isEqualTo('1');
        assertThat(in.valueBytes()).isEqualTo(utf8("539821101201"));
        assertThat(in.nextField()).isTrue();
        assertThat(in.valueEquals(utf8("a\"水"))).isTrue();
        assertThat(in.valueBytes()).isEqualTo(utf8("a\"水"));
        assertThat(in.valueLength()).isEqualTo(5);
        assertThat(in.valueLastByte()).isEqualTo(0xB4); // the last byte of 水 (E6 B0 B4)
        assertThat(in.value()).isEqualTo("a\"水");
        assertThat(in.nextField()).isTrue();
        assertThat(in.valueLength()).isZero();
        assertThat(in.valueLastByte()).isEqualTo(-1);
        assertThat(in.nextField()).isFalse();
        assertThat(in.nextRow()).isFalse();
        assertThat(in.nextRow()).isFalse();
    }

    @Test
    void columnsCountCharactersNotBytes() {
        assertThat(rows("水,𠀀,x\n\"水\",y\n"))
                .containsExactly(List.of("1:1=水", "1:3=𠀀", "1:6=x"), List.of("2:1=水", "2:5=y"));
        assertThatThrownBy(() -> rows("水,\"a\"𠀀")).isInstanceOfSatisfying(CsvTokenizer.SyntaxError.class, e -> {
            assertThat(e).hasMessageStartingWith("Unexpected character ('\uD840' (code 55360 / 0xd840))");
            assertThat(e.column()).isEqualTo(7);
        });
        assertThatThrownBy(() -> rows("水,\"a"))
                .isInstanceOfSatisfying(
                        CsvTokenizer.SyntaxError.class,
                        e -> assertThat(e.column()).isEqualTo(5));
    }

    @Test
    void aQuotedValueLongerThanItsFirstBufferKeepsEveryCharacter() {
        String value = "x\"".repeat(100);
        CsvTokenizer in = new CsvTokenizer("\"" + value.replace("\"", "\"\"") + "\"\n");
        in.nextRow();
        in.nextField();
        assertThat(in.value()).isEqualTo(value);
    }
}
