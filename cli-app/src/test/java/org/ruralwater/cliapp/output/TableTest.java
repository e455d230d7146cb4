package org.ruralwater.cliapp.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;

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

    private static final List<String> HOSTILE = List.of("=1+1", "+86 139", "-2 village", "@SUM(A1)", "\t=1", "\r=1");

    @Test
    void noCsvCellStartsAFormulaButANegativeNumberStaysANumber() {
        Table t = Table.of("name", "m3");
        HOSTILE.forEach(h -> t.row(h, new BigDecimal("-12")));
        t.row(Optional.of("=HYPERLINK(1)"), -3L);

        assertThat(t.toString(Format.CSV))
                .isEqualTo("name,m3\n"
                        + "'=1+1,-12\n"
                        + "'+86 139,-12\n"
                        + "'-2 village,-12\n"
                        + "'@SUM(A1),-12\n"
                        + "'\t=1,-12\n"
                        + "\"'\r=1\",-12\n"
                        + "'=HYPERLINK(1),-3\n");
    }

    @Test
    void noWorkbookCellIsAFormulaButANegativeNumberStaysANumber() throws Exception {
        Table t = Table.of("name", "m3");
        HOSTILE.forEach(h -> t.row(h, new BigDecimal("-12")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.writeWorkbook("exports", out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Row row : book.getSheet("exports")) {
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                if (row.getRowNum() > 0) {
                    assertThat(HOSTILE).contains(row.getCell(0).getStringCellValue());
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-12.0);
                }
            }
        }
    }

    @Test
    void jsonKeepsEachCellsType() throws Exception {
        Table t = Table.of("amount", "residual", "day", "at", "count", "ok", "tags", "connection", "note", "ratio")
                .row(
                        Money.of("CNY", "67.20"),
                        Quantity.of("0.3", Unit.parse("mg/L")),
                        LocalDate.of(2026, 3, 2),
                        LocalDateTime.of(2026, 3, 2, 9, 10),
                        7,
                        true,
                        List.of("a", "b"),
                        Connection.IN_HOUSE_TAP,
                        Optional.empty(),
                        new BigDecimal("1E+1"));

        JsonNode row = new ObjectMapper().readTree(t.toString(Format.JSON)).get(0);
        assertThat(row.get("amount").toString()).isEqualTo("{\"amount\":\"67.20\",\"currency\":\"CNY\"}");
        assertThat(row.get("residual").toString()).isEqualTo("{\"value\":\"0.3\",\"unit\":\"mg/L\"}");
        assertThat(row.get("day").asText()).isEqualTo("2026-03-02");
        assertThat(row.get("at").asText()).isEqualTo("2026-03-02T09:10");
        assertThat(row.get("count").isInt()).isTrue();
        assertThat(row.get("ok").isBoolean()).isTrue();
        assertThat(row.get("tags").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(row.get("connection").asText()).isEqualTo("in_house_tap");
        assertThat(row.get("note").isNull()).isTrue();
        assertThat(t.toString(Format.JSON)).contains("\"ratio\" : 10");
        assertThat(t.toString(Format.CSV)).endsWith(",10\n");
    }

    @Test
    void aTotalIsTheLastRowOfATableAndBesideTheRowsInJson() throws Exception {
        Table t = Table.of("item", "amount")
                .row("water", Money.of("CNY", "30.00"))
                .total("total", Money.of("CNY", "30.00"));

        assertThat(t.toString(Format.CSV)).isEqualTo("item,amount\nwater,CNY 30.00\ntotal,CNY 30.00\n");
        JsonNode json = new ObjectMapper().readTree(t.toString(Format.JSON));
        assertThat(json.get("rows")).hasSize(1);
        assertThat(json.get("total").get("amount").get("amount").asText()).isEqualTo("30.00");
    }

    @Test
    void formatsAreNamedByTheirCodes() {
        assertThat(Format.parse("csv-bom")).isEqualTo(Format.CSV_BOM);
        assertThat(Format.parse("XLSX")).isEqualTo(Format.XLSX);
        assertThatThrownBy(() -> Format.parse("xls")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Table.of("a").toString(Format.XLSX)).isInstanceOf(IllegalArgumentException.class);
    }
}
