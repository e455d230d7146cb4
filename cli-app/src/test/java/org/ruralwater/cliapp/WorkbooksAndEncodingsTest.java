package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files county offices have and want: workbooks both ways, CSV for Excel, GBK. */
class WorkbooksAndEncodingsTest {

    private static final String[] QUOTE = {
        "billing", "quote", "--tariff", "CN-JS-JIANGDU-RURAL-RESIDENTIAL", "--consumption", "12", "--period", "2015-05"
    };

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aQuoteAsAWorkbookHasTypedCellsAndItsTotalLast(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quote.xlsx");
        Run r = Run.of(with(QUOTE, "--format", "xlsx", "--out", file.toString()));

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("quote");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("component");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("total");
            assertThat(total.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(34.8);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void aWorkbookNeedsAFileToGoTo() {
        Run r = Run.of(with(QUOTE, "--format", "xlsx"));

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format xlsx writes a workbook, a binary file: name it with --out FILE");
        assertThat(Run.of(with(QUOTE, "--format", "xls")).err())
                .contains("--format: expected one of table, csv, csv-bom, json, xlsx, found \"xls\"");
    }

    @Test
    void csvForExcelStartsWithAByteOrderMark(@TempDir Path dir) throws Exception {
        Run r = Run.of(with(QUOTE, "--format", "csv-bom"));
        assertThat(r.out()).startsWith("\uFEFFcomponent,description,");

        Path file = dir.resolve("quote.csv");
        assertThat(Run.of(with(QUOTE, "--format", "CSV-BOM", "--out", file.toString()))
                        .code())
                .isZero();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, "UTF-8"))
                .isEqualTo(Run.of(with(QUOTE, "--format", "csv")).out());
    }

    @Test
    void aWorkbookIsReadWhereACsvFileIsWithARegionCodeStoredAsANumber(@TempDir Path dir) throws Exception {
        Path villages = dir.resolve("villages.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(villages)) {
            XSSFSheet s = book.createSheet("村");
            s.createRow(0).createCell(0).setCellValue("village");
            s.getRow(0).createCell(1).setCellValue("people");
            s.createRow(1).createCell(0).setCellValue(539821101201L); // typed in as a number, as Excel keeps it
            s.getRow(1).createCell(1).setCellValue(3000);
            s.createRow(2).createCell(0).setCellValue("539821101202");
            s.getRow(2).createCell(1).setCellValue("a thousand");
            book.write(out);
        }
        Run bad = Run.of("assurance", "distribute", "--available", "60", "--villages", villages.toString());
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("villages.xlsx:村!B3: people: expected a whole number, found \"a thousand\"");

        try (InputStream in = Files.newInputStream(villages);
                XSSFWorkbook book = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(villages)) {
            book.getSheetAt(0).getRow(2).getCell(1).setCellValue(1000);
            book.write(out);
        }
        Run r = Run.of(
                "assurance", "distribute", "--available", "60", "--format", "csv", "--villages", villages.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .isEqualTo("village,people,litres,litres_per_person,reaches_minimum\n"
                        + "539821101201,3000,45000,15.00,true\n539821101202,1000,15000,15.00,true\n");
    }

    @Test
    void aGbkFileIsReadAndSaidSoUnlessItsEncodingIsDeclared(@TempDir Path dir) throws Exception {
        Path villages = dir.resolve("villages.csv");
        Files.write(
                villages,
                "# 村庄与人口\nvillage,people\n539821101201,3000\n539821101202,1000\n".getBytes(Charset.forName("GBK")));
        String[] distribute = {"assurance", "distribute", "--available", "60", "--format", "csv", "--villages"};

        Run byRule = Run.of(with(distribute, villages.toString()));
        Run declared = Run.of(with(with(distribute, villages.toString()), "--encoding", "gbk"));
        Run wrong = Run.of(with(with(distribute, villages.toString()), "--encoding", "UTF-8"));

        assertThat(byRule.code()).isZero();
        assertThat(byRule.err()).contains("villages.csv: read as GB18030, not UTF-8");
        assertThat(declared.code()).isZero();
        assertThat(declared.out()).isEqualTo(byRule.out());
        assertThat(declared.err()).doesNotContain("read as");
        assertThat(wrong.code()).isEqualTo(3);
        assertThat(wrong.err()).contains("villages.csv:1:3: (encoding): expected text in UTF-8, found bytes 0xB4");
        assertThat(Run.of(with(with(distribute, villages.toString()), "--encoding", "latin1"))
                        .err())
                .contains("--encoding: expected one of UTF-8, GB18030, GBK, found \"latin1\"");
    }

    @Test
    void rowsOfCommasAreSkippedAndCounted(@TempDir Path dir) throws Exception {
        Path villages = dir.resolve("villages.csv");
        Files.writeString(villages, "village,people\n539821101201,3000\n,\n,\n539821101202,1000\n");
        Run r = Run.of(
                "assurance", "distribute", "--available", "60", "--format", "csv", "--villages", villages.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(3);
        assertThat(r.err()).contains("villages.csv: 2 empty rows skipped");
    }

    private static final String SAMPLES_HEADER =
            "sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit,note";

    @Test
    void aSampleWorkbooksProblemsAreAtItsCellsEvenThoseFoundAfterReading(@TempDir Path dir) throws Exception {
        Path samples = dir.resolve("samples.xlsx");
        org.ruralwater.workbook.xlsx.XlsxTable table =
                org.ruralwater.workbook.xlsx.XlsxTable.of("样品", java.util.List.of(SAMPLES_HEADER.split(",")));
        table.row(java.util.List.of(
                "S1",
                "W539821-002",
                "tap",
                java.time.LocalDateTime.of(2026, 3, 2, 9, 10),
                "small_centralized",
                "chlorine",
                "浑浊度",
                0.8,
                "NTU",
                ""));
        table.row(java.util.List.of(
                "S1",
                "W539821-006",
                "tap",
                java.time.LocalDateTime.of(2026, 3, 2, 9, 10),
                "small_centralized",
                "chlorine",
                "fluoride",
                0.5,
                "mg/L",
                ""));
        try (OutputStream out = Files.newOutputStream(samples)) {
            table.write(out);
        }
        Run r = Run.of("quality", "evaluate", "--format", "csv", samples.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("samples.xlsx:样品!B3: works_id: expected");
    }

    @Test
    void aGbkSampleFilesProblemsAreAtTheirCharacterColumns(@TempDir Path dir) throws Exception {
        String text = SAMPLES_HEADER + "\n"
                + "S1,W539821-002,tap,2026-03-02 09:10,small_centralized,chlorine,浑浊度,0.8,NTU,\n"
                + "S1,W539821-006,tap,2026-03-02 09:10,small_centralized,chlorine,氟化物,0.5,mg/L,\n";
        Path utf8 = Files.writeString(dir.resolve("samples.csv"), text);
        Path gbk = Files.write(dir.resolve("samples-gbk.csv"), text.getBytes(Charset.forName("GBK")));

        Run fromUtf8 = Run.of("quality", "evaluate", "--format", "csv", utf8.toString());
        Run fromGbk = Run.of("quality", "evaluate", "--format", "csv", gbk.toString());

        assertThat(fromUtf8.err()).startsWith("samples.csv:3:4: works_id: expected");
        assertThat(fromGbk.err()).contains("samples-gbk.csv:3:4: works_id: expected");
        assertThat(fromGbk.err().replace("samples-gbk.csv", "samples.csv")).endsWith(fromUtf8.err());
    }

    /** A workbook of one sheet with this header and rows, as a county's clerk keeps a register. */
    private static void sheet(Path file, String name, String header, List<List<Object>> rows) throws Exception {
        org.ruralwater.workbook.xlsx.XlsxTable table =
                org.ruralwater.workbook.xlsx.XlsxTable.of(name, List.of(header.split(",")));
        rows.forEach(table::row);
        try (OutputStream out = Files.newOutputStream(file)) {
            table.write(out);
        }
    }

    @Test
    void aBillRunReadsItsFolderFromWorkbooksAndPlacesLaterProblemsAtCells(@TempDir Path dir) throws Exception {
        sheet(
                dir.resolve("accounts.xlsx"),
                "账户",
                "household,tariff,members,meters,subsidy_category,quota",
                List.of(
                        List.of("H1", "CN-JS-JIANGDU-RURAL-RESIDENTIAL", 3, "M1", "", ""),
                        List.of("H2", "CN-JS-JIANGDU-RURAL-RESIDENTIAL", 5, "M2", "", "")));
        sheet(
                dir.resolve("meters.xlsx"),
                "水表",
                "id,household,diameter,digits,verified_on",
                List.of(List.of("M1", "H1", 15, 5, "2014-01-01"), List.of("M2", "H2", 15, 5, "2014-01-01")));
        sheet(
                dir.resolve("readings.xlsx"),
                "抄表",
                "meter,read_on,value,kind",
                List.of(
                        List.of("M1", "2015-04-28", 100, "actual"),
                        List.of("M1", "2015-05-29", 112, "actual"),
                        List.of("M2", "2015-04-28", 500, "actual"),
                        List.of("M2", "2015-05-29", 520, "actual")));

        Run billed = Run.of("billing", "run", "--period", "2015-05", "--dry-run", "--format", "csv", dir.toString());

        assertThat(billed.code()).isZero();
        assertThat(billed.out()).contains("INV-2015-05-H1-1,invoice,H1,12,CNY 34.80,false,,");

        sheet(
                dir.resolve("accounts.xlsx"),
                "账户",
                "household,tariff,members,meters,subsidy_category,quota",
                List.of(
                        List.of("H1", "CN-JS-JIANGDU-RURAL-RESIDENTIAL", 3, "M1", "", ""),
                        List.of("H2", "CN-JS-JIANGDU-RURAL-RESIDENTIAL", 5, "M9", "", "")));
        Run unlisted = Run.of("billing", "run", "--period", "2015-05", "--dry-run", dir.toString());

        assertThat(unlisted.code()).isEqualTo(3);
        assertThat(unlisted.err()).contains("accounts.xlsx:账户!D3: meters: expected");
    }
}
