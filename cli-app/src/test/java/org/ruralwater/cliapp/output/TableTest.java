package org.ruralwater.cliapp.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {

    private static Table villages() {
        return Table.of("code", "name", "note")
                .row("539821101201", "桃箐村", "ok")
                .row("539821101202", "Tangtang", "says \"hi\", twice\nand more");
    }

    @Test
    void aTableAlignsColumnsCountingChineseCharactersAsTwoColumnsWide() {
        String text = villages().toString(Format.TABLE);

        assertThat(text.lines())
                .containsExactly(
                        "code          name      note",
                        "------------  --------  -------------------------",
                        "539821101201  桃箐村    ok",
                        "539821101202  Tangtang  says \"hi\", twice and more");
        assertThat(Table.width("桃箐村")).isEqualTo(6);
        assertThat(Table.width("ｍ³")).isEqualTo(3);
        assertThat(Table.width("한")).isEqualTo(2);
    }

    @Test
    void csvQuotesCellsWithCommasQuotesAndLineBreaks() {
        assertThat(villages().toString(Format.CSV))
                .isEqualTo("code,name,note\n539821101201,桃箐村,ok\n"
                        + "539821101202,Tangtang,\"says \"\"hi\"\", twice\nand more\"\n");
        assertThat(Table.of("a").row("x\ry").toString(Format.CSV)).isEqualTo("a\n\"x\ry\"\n");
    }

    @Test
    void csvQuotesACellStartingWithAHashSoItIsNotReadBackAsAComment() {
        assertThat(Table.of("name", "note").row("#3 well", " padded").toString(Format.CSV))
                .isEqualTo("name,note\n\"#3 well\",\" padded\"\n");
    }

    @Test
    void jsonIsAnArrayOfObjectsKeyedByColumn() {
        assertThat(Table.of("a", "b").row(1, "二").toString(Format.JSON))
                .isEqualToIgnoringWhitespace("[{\"a\":1,\"b\":\"二\"}]"); // a number is a number
        assertThat(Table.of("a").toString(Format.JSON)).isEqualToIgnoringWhitespace("[]");
    }

    @Test
    void aRowMustHaveACellPerColumn() {
        assertThatThrownBy(() -> Table.of("a", "b").row("only one"))
                .hasMessageContaining("a row of 1 cells for 2 columns [a, b]");
        assertThat(villages().size()).isEqualTo(2);
    }

    @Test
    void withoutAConsoleTheDefaultFormatIsJson() {
        // Tests run without a terminal, as a pipe does.
        assertThat(Format.byDefault()).isEqualTo(Format.JSON);
        assertThat(new FormatOption().format()).isEqualTo(Format.JSON);
    }
}
