package org.ruralwater.workbook.xlsx;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.datafile.Sheet;
import org.ruralwater.core.datafile.SheetReader;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;

/**
 * A workbook's sheets as core's {@link Sheet}s, typed cell by cell: text, numbers, dates (numbers formatted
 * as dates), true or false. A formula cell is read as the value Excel last computed for it, never as its
 * formula. Rows without any value are left out; a row's empty cells at its end too.
 *
 * <p>It is the {@link SheetReader} through which {@code CsvReader.read(Path)} reads {@code *.xlsx} files, so
 * every reader of a CSV file reads a workbook's first sheet as well, as strictly.
 */
public final class XlsxSheets implements SheetReader {

    /** For {@link java.util.ServiceLoader}; use the static methods. */
    public XlsxSheets() {}

    @Override
    public Sheet firstSheet(Path file, String source) {
        return first(file, source);
    }

    /** The workbook's first sheet; problems name the file by its name. */
    public static Sheet first(Path file) {
        return first(file, file.getFileName().toString());
    }

    /** The workbook's first sheet; problems name the file {@code source}. */
    public static Sheet first(Path file, String source) {
        requireNonNull(source, "source");
        try (InputStream in = Files.newInputStream(requireNonNull(file, "file"));
                Workbook workbook = open(in, source)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw notAWorkbook(source);
            }
            return sheet(workbook.getSheetAt(0), source);
        } catch (NoSuchFileException e) {
            throw problem(source, Phrase.of(CoreWords.READABLE_FILE), Phrase.of(CoreWords.NO_SUCH_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The workbook's sheet of this name, or a problem naming the sheets it has. */
    public static Sheet named(Path file, String sheetName) {
        String source = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file);
                Workbook workbook = open(in, source)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                workbook.forEach(s -> names.add(s.getSheetName()));
                throw problem(
                        source,
                        Phrase.of(CoreWords.SHEET_NAMED, Phrase.quoted(sheetName)),
                        Phrase.of(CoreWords.NO_SUCH_SHEET, String.join(", ", names)));
            }
            return sheet(sheet, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Workbook open(InputStream in, String source) throws IOException {
        try {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) { // not a zip, not OOXML, an old .xls, encrypted: POI's own exceptions
            throw notAWorkbook(source);
        }
    }

    private static InvalidInputException notAWorkbook(String source) {
        return problem(source, Phrase.of(CoreWords.WORKBOOK_FILE), Phrase.of(CoreWords.NOT_A_WORKBOOK));
    }

    private static InvalidInputException problem(String source, Phrase expected, Phrase found) {
        return new InvalidInputException(List.of(new Problem(source, 0, 0, "(file)", expected, found)));
    }

    static Sheet sheet(org.apache.poi.ss.usermodel.Sheet sheet, String source) {
        List<Sheet.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<Sheet.Cell> cells = new ArrayList<>();
            int last = 0; // the number of cells up to the last one with a value
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                Sheet.Cell cell = cell(row.getCell(c));
                cells.add(cell);
                if (!cell.text().isEmpty()) {
                    last = c + 1;
                }
            }
            if (last > 0) {
                rows.add(new Sheet.Row(row.getRowNum() + 1, cells.subList(0, last)));
            }
        }
        return new Sheet(source, sheet.getSheetName(), rows);
    }

    static Sheet.Cell cell(Cell cell) {
        if (cell == null) {
            return Sheet.TextCell.EMPTY;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType(); // the value, never the formula
        }
        return switch (type) {
            case STRING -> new Sheet.TextCell(cell.getStringCellValue());
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? new Sheet.DateCell(cell.getLocalDateTimeCellValue())
                        : new Sheet.NumberCell(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> new Sheet.TruthCell(cell.getBooleanCellValue());
            case ERROR ->
                new Sheet.TextCell(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> Sheet.TextCell.EMPTY;
        };
    }
}
