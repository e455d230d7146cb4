package org.ruralwater.core.datafile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A sheet's rows and cells as {@link Fields}: rows by their number, columns from 1 (A). A workbook leaves
 * out a row's empty cells at its end, so a row shorter than the header has empty cells up to its width.
 */
final class SheetFields implements Fields {

    private final List<Sheet.Row> rows;
    private int row = -1;
    private int cell;
    private List<Sheet.Cell> cells = List.of();
    /** The header's width, once read. */
    private int width;

    SheetFields(Sheet sheet) {
        this.rows = sheet.rows();
    }

    @Override
    public boolean nextRow() {
        row++;
        cell = 0;
        if (row >= rows.size()) {
            cells = List.of();
            return false;
        }
        if (row == 1) {
            width = rows.get(0).cells().size();
        }
        cells = rows.get(row).cells();
        return true;
    }

    @Override
    public boolean nextField() {
        if (cell >= Math.max(cells.size(), width)) {
            return false;
        }
        cell++;
        return true;
    }

    private Sheet.Cell current() {
        int i = cell - 1;
        return i >= 0 && i < cells.size() ? cells.get(i) : Sheet.TextCell.EMPTY;
    }

    @Override
    public String value() {
        return current().text();
    }

    /**
     * A date cell for a date field is its date (a time of day other than 00:00 stays, and is refused); for a
     * date-and-time field, its date and time (00:00 when it has none).
     */
    @Override
    public String value(RecordShape.Field field) {
        if (current() instanceof Sheet.DateCell d) {
            Class<?> type = ValueType.scalarOf(field.type()).type();
            if (type == LocalDateTime.class) {
                return d.value().toString();
            }
            if (type == LocalDate.class && d.value().toLocalTime().equals(LocalTime.MIDNIGHT)) {
                return d.value().toLocalDate().toString();
            }
        }
        return value();
    }

    @Override
    public int valueLength() {
        return value().length();
    }

    @Override
    public boolean isEmpty() {
        return value().isEmpty();
    }

    @Override
    public int rowLine() {
        return rows.get(Math.min(row, rows.size() - 1)).number();
    }

    @Override
    public int line() {
        return rowLine();
    }

    @Override
    public int column() {
        return Math.max(cell, 1);
    }
}
