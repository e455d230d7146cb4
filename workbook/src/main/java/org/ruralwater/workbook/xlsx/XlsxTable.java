package org.ruralwater.workbook.xlsx;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.quantity.Quantity;

/**
 * A table written as a workbook of one sheet: a bold header row, frozen so it stays in view, with a filter;
 * typed cells (numbers and money as numbers, dates as dates, true or false as such, a quantity as a number
 * shown with its unit) and columns wide enough for their text, a CJK character counted as two.
 *
 * <p>Text is always a text cell, never a formula, whatever it starts with ({@code =}, {@code +}, {@code -},
 * {@code @}); such text is also marked as quoted, as Excel marks text typed after an apostrophe, so that
 * editing the cell does not turn it into a formula either. A negative number stays a number.
 */
public final class XlsxTable {

    /** Excel's widest column, in characters. */
    private static final int WIDEST = 255;

    private final String sheetName;
    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();

    private XlsxTable(String sheetName, List<String> headers) {
        this.sheetName = requireNonNull(sheetName, "sheetName");
        this.headers = List.copyOf(headers);
    }

    /** A table whose sheet is named {@code sheetName}, with these column headers. */
    public static XlsxTable of(String sheetName, List<String> headers) {
        return new XlsxTable(sheetName, headers);
    }

    /**
     * Adds a row, a cell for each header: a {@link CharSequence}, {@link Number}, {@link Money},
     * {@link Quantity}, {@link LocalDate}, {@link LocalDateTime}, {@link Boolean}, an enum (by its file code),
     * an {@link Optional} (empty for an empty cell), a collection (its items separated by {@code ;}), or any
     * other value by its text.
     */
    public XlsxTable row(List<?> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException(
                    "a row of " + cells.size() + " cells for " + headers.size() + " columns " + headers);
        }
        rows.add(new ArrayList<>(cells));
        return this;
    }

    /** Writes the workbook; the stream stays open. */
    public void write(OutputStream out) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet(sheetName);
            int[] widths = new int[headers.size()];
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(styles.header);
                widths[c] = width(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    widths[c] = Math.max(widths[c], put(row.createCell(c), values.get(c), styles));
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(widths[c] + 2, WIDEST) * 256);
            }
            sheet.createFreezePane(0, 1);
            if (!headers.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, headers.size() - 1));
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the value into the cell; returns the width of its text. */
    private static int put(Cell cell, Object value, Styles styles) {
        Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
        if (v == null) {
            cell.setBlank();
            return 0;
        }
        if (v instanceof Money m) {
            cell.setCellValue(m.amount().doubleValue());
            cell.setCellStyle(styles.money(m.currency().getDefaultFractionDigits()));
            return m.amount().toPlainString().length();
        }
        if (v instanceof Quantity q) {
            cell.setCellValue(q.value().doubleValue());
            cell.setCellStyle(styles.unit(q.unit().symbol()));
            return width(q.value().toPlainString() + " " + q.unit().symbol());
        }
        if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            return d.toPlainString().length();
        }
        if (v instanceof Number n && !(v instanceof BigDecimal)) {
            cell.setCellValue(n.doubleValue());
            return n.toString().length();
        }
        if (v instanceof Boolean b) {
            cell.setCellValue(b);
            return 5;
        }
        if (v instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(styles.dateTime);
            return 16;
        }
        if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
            return 10;
        }
        String text = text(v);
        cell.setCellValue(text); // a text cell: never a formula
        if (FormulaText.startsLikeAFormula(text)) {
            cell.setCellStyle(styles.quoted);
        }
        return width(text);
    }

    /** A value that is no number, date or truth value, as text. */
    static String text(Object v) {
        if (v instanceof Enum<?> e) {
            return Coded.codeOf(e);
        }
        if (v instanceof Optional<?> o) {
            return o.map(XlsxTable::text).orElse("");
        }
        if (v instanceof Collection<?> items) {
            return String.join(";", items.stream().map(XlsxTable::text).toList());
        }
        return String.valueOf(v);
    }

    /** Display width: CJK (and other wide) characters take two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }

    /** The workbook's cell styles, each made once. */
    private static final class Styles {
        private final XSSFWorkbook book;
        final CellStyle header;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle quoted;
        private final Map<String, CellStyle> formats = new HashMap<>();

        Styles(XSSFWorkbook book) {
            this.book = book;
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            date = format("yyyy-mm-dd");
            dateTime = format("yyyy-mm-dd hh:mm");
            quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
        }

        CellStyle money(int digits) {
            return format(digits <= 0 ? "0" : "0." + "0".repeat(digits));
        }

        /** A number shown with its unit after it; the unit is quoted text in the format. */
        CellStyle unit(String symbol) {
            return format("General\" " + symbol.replace("\"", "") + "\"");
        }

        private CellStyle format(String pattern) {
            return formats.computeIfAbsent(pattern, p -> {
                CellStyle s = book.createCellStyle();
                s.setDataFormat(book.createDataFormat().getFormat(p));
                return s;
            });
        }
    }
}
