package org.ruralwater.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;

/** Each kind of value a table holds becomes the cell a spreadsheet user expects. */
class XlsxTableCellsTest {

    private static Row written(List<?> cells) throws Exception {
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            headers.add("c" + i);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTable.of("表", headers).row(cells).write(out);
        XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        Sheet sheet = book.getSheet("表");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("c0");
        return sheet.getRow(1);
    }

    @Test
    void numbersMoneyQuantitiesDatesAndTruthsAreTypedCellsWithTheirFormats() throws Exception {
        Row row = written(Arrays.asList(
                Money.of("CNY", "67.20"),
                Quantity.of("0.30", Unit.parse("mg/L")),
                new BigDecimal("35.5"),
                42L,
                true,
                LocalDateTime.of(2026, 3, 2, 9, 10),
                LocalDate.of(2026, 3, 2)));
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(67.2);
        assertThat(row.getCell(0).getCellStyle().getDataFormatString()).contains("0.00");
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(0.3);
        assertThat(row.getCell(1).getCellStyle().getDataFormatString()).contains("mg/L");
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(35.5);
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(42);
        assertThat(row.getCell(4).getBooleanCellValue()).isTrue();
        assertThat(row.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 10));
        assertThat(row.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void enumsListsAndAbsentValuesAreTheirFileTextsOrEmptyCells() throws Exception {
        Row row = written(Arrays.asList(
                Connection.YARD_TAP,
                List.of("山泉", Optional.of("北"), Optional.empty()),
                Optional.empty(),
                null,
                Optional.of("清源村"),
                new StringBuilder("text")));
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("yard_tap");
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("山泉;北;");
        assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo("清源村");
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo("text");
    }

    @Test
    void textThatLooksLikeAFormulaIsAQuotedTextCellNeverAFormula() throws Exception {
        Row row = written(List.of("=1+1", "+86 123", "@SUM(A1)", "-x"));
        for (Cell c : row) {
            assertThat(c.getCellType()).isEqualTo(CellType.STRING);
            assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aRowOfTheWrongWidthIsRefusedAndWideTextCountsDouble() {
        assertThatThrownBy(() -> XlsxTable.of("s", List.of("a", "b")).row(List.of("only one")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a row of 1 cells for 2 columns");
        assertThat(XlsxTable.width("清源村")).isEqualTo(6);
        assertThat(XlsxTable.width("ab")).isEqualTo(2);
        assertThat(XlsxTable.width("ＡＢ한")).isEqualTo(6);
    }

    @Test
    void anEmptyTableIsAHeaderOnly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTable.of("空", List.of()).write(out);
        XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        assertThat(book.getSheet("空").getPhysicalNumberOfRows()).isEqualTo(1);
    }
}
