package org.ruralwater.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.region.RegionCode;

/** Workbooks both ways: what is written reads back as the same records, and no cell becomes a formula. */
class WorkbookRoundTripTest {

    /** A record of every kind of cell the readers read. */
    record Visit(
            String village,
            RegionCode code,
            LocalDate day,
            LocalDateTime at,
            BigDecimal litres,
            int people,
            boolean reachesMinimum,
            Connection connection,
            Optional<String> note,
            List<String> tags) {}

    private static final List<Visit> VISITS = List.of(
            new Visit(
                    "清源村",
                    RegionCode.parse("530521101201"),
                    LocalDate.of(2026, 3, 2),
                    LocalDateTime.of(2026, 3, 2, 9, 10),
                    new BigDecimal("35.5"),
                    120,
                    true,
                    Connection.IN_HOUSE_TAP,
                    Optional.of("=HYPERLINK(\"http://x\")"),
                    List.of("山泉", "北")),
            new Visit(
                    "-2+3 village",
                    RegionCode.parse("530521"),
                    LocalDate.of(2026, 12, 31),
                    LocalDateTime.of(2026, 12, 31, 0, 0),
                    new BigDecimal("-0.3"),
                    7,
                    false,
                    Connection.NONE,
                    Optional.empty(),
                    List.of()));

    private static Path write(Path dir, List<Visit> visits) throws IOException {
        XlsxTable table =
                XlsxTable.of("Visits", CsvReader.forRecord(Visit.class).columns());
        for (Visit v : visits) {
            table.row(List.of(
                    v.village(),
                    v.code(),
                    v.day(),
                    v.at(),
                    v.litres(),
                    v.people(),
                    v.reachesMinimum(),
                    v.connection(),
                    v.note(),
                    v.tags()));
        }
        Path file = dir.resolve("visits.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            table.write(out);
        }
        return file;
    }

    @Test
    void aWorkbookWrittenThenReadGivesTheSameRecords(@TempDir Path dir) throws IOException {
        Path file = write(dir, VISITS);
        assertThat(CsvReader.forRecord(Visit.class).read(file)).isEqualTo(VISITS);
        assertThat(CsvReader.forRecord(Visit.class).readLocated(file))
                .extracting(l -> l.source() + ":" + l.sheet() + ":" + l.line())
                .containsExactly("visits.xlsx:Visits:2", "visits.xlsx:Visits:3");
    }

    @Test
    void cellsAreTypedTheHeaderBoldAndFrozenAndColumnsFitChineseText(@TempDir Path dir) throws IOException {
        Path file = write(dir, VISITS);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("Visits");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 10));
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(35.5);
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(-0.3); // a negative number
            // The tags column's widest text, "山泉;北", is 2 + 2 + 1 + 2 = 7 wide (its header "tags" 4), plus 2.
            assertThat(sheet.getColumnWidth(9)).isEqualTo((7 + 2) * 256);
        }
    }

    @Test
    void moneyAndQuantitiesAreNumbersShownAsSuch(@TempDir Path dir) throws IOException {
        XlsxTable table = XlsxTable.of("Quote", List.of("amount", "residual"));
        table.row(List.of(Money.of("CNY", "67.20"), Quantity.of("0.3", Unit.parse("mg/L"))));
        Path file = dir.resolve("q.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            table.write(out);
        }
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(67.2);
            assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(0.3);
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("General\" mg/L\"");
        }
    }

    @Test
    void noCellOfAnExportIsAFormula(@TempDir Path dir) throws IOException {
        List<Visit> hostile = new ArrayList<>();
        for (String text : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0")) {
            hostile.add(new Visit(
                    text,
                    RegionCode.parse("530521"),
                    LocalDate.of(2026, 1, 1),
                    LocalDateTime.of(2026, 1, 1, 8, 0),
                    BigDecimal.ONE,
                    1,
                    true,
                    Connection.NONE,
                    Optional.of(text),
                    List.of(text)));
        }
        Path file = write(dir, hostile);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheetAt(0)) {
                row.forEach(c -> assertThat(c.getCellType())
                        .as(c.getAddress().formatAsString())
                        .isNotEqualTo(CellType.FORMULA));
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
                }
            }
        }
        assertThat(CsvReader.forRecord(Visit.class).read(file)).isEqualTo(hostile);
    }

    @Test
    void aNumberCellIsReadAsItsPlainTextWhereTextIsExpectedAndAFormulaAsItsValue(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("codes.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet s = book.createSheet("区划");
            s.createRow(0).createCell(0).setCellValue("code");
            s.getRow(0).createCell(1).setCellValue("name");
            s.createRow(1).createCell(0).setCellValue(530521);
            s.getRow(1).createCell(1).setCellValue("清源");
            s.createRow(3).createCell(0).setCellFormula("530520+2");
            s.getRow(3).getCell(0).setCellValue(530522); // the value Excel would have computed
            s.getRow(3).createCell(1).setCellValue("龙潭");
            book.write(out);
        }
        record Code(String code, String name) {}
        assertThat(CsvReader.forRecord(Code.class).read(file))
                .containsExactly(new Code("530521", "清源"), new Code("530522", "龙潭"));
    }

    @Test
    void problemsInASheetAreAtItsCells(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("visits.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet s = book.createSheet("Sheet1");
            List<String> columns = CsvReader.forRecord(Visit.class).columns();
            Row header = s.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int r = 1; r < 7; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue("v" + r);
                row.createCell(1).setCellValue("530521");
                row.createCell(2).setCellValue("2026/3/2");
                row.createCell(3).setCellValue("2026/3/2 9:10");
                row.createCell(4).setCellValue(1.5);
                row.createCell(5).setCellValue(r == 6 ? "many" : "3");
                row.createCell(6).setCellValue(true);
                row.createCell(7).setCellValue("yard_tap");
            }
            book.write(out);
        }
        assertThatThrownBy(() -> CsvReader.forRecord(Visit.class).read(file))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "visits.xlsx:Sheet1!F7: people: expected a whole number, found \"many\""));
    }

    @Test
    void aFileThatIsNoWorkbookIsAProblemWithTheFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("old.xlsx"), "id,name\n");
        assertThatThrownBy(() -> CsvReader.forRecord(Visit.class).read(file))
                .hasMessageContaining("old.xlsx: (file): expected a readable .xlsx workbook, found a file that is not"
                        + " an .xlsx workbook");
        assertThatThrownBy(() -> XlsxSheets.named(write(dir, VISITS), "Sheet9"))
                .hasMessageContaining("visits.xlsx: (file): expected a sheet named \"Sheet9\", found no such sheet"
                        + " (the sheets are Visits)");
    }

    @Test
    void widthCountsChineseAsTwo() {
        assertThat(XlsxTable.width("abc")).isEqualTo(3);
        assertThat(XlsxTable.width("清源村")).isEqualTo(6);
        assertThat(XlsxTable.width("村 A")).isEqualTo(4);
    }
}
