package org.ruralwater.core.datafile;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A table read from a workbook's sheet, cell by cell, for {@link CsvReader#read(Sheet)}: the same strict
 * reading as a CSV file's, with problems placed at the sheet's cells ({@code file.xlsx:Sheet!F7}).
 *
 * <p>core reads no workbook itself (a workbook library is large); the {@code ruralwater-workbook} module
 * adapts a sheet into this form, and is found as a {@link SheetReader} for files named {@code *.xlsx}.
 *
 * @param source the file's name, as problems name it
 * @param name the sheet's name
 * @param rows the rows that hold any cell, in order; the first is the header
 */
public record Sheet(String source, String name, List<Row> rows) {

    public Sheet {
        requireNonNull(source, "source");
        requireNonNull(name, "name");
        rows = List.copyOf(rows);
    }

    /**
     * A row of the sheet.
     *
     * @param number the row's number in the sheet, from 1
     * @param cells the row's cells from column A on; an empty cell is the empty {@link TextCell}
     */
    public record Row(int number, List<Cell> cells) {
        public Row {
            if (number < 1) {
                throw new IllegalArgumentException("row numbers start at 1: " + number);
            }
            cells = List.copyOf(cells);
        }
    }

    /** A cell's value, typed as the workbook stored it. */
    public sealed interface Cell permits TextCell, NumberCell, DateCell, TruthCell {
        /** The value as the text a CSV file would hold for it. */
        String text();
    }

    /** A text cell, or an empty one. */
    public record TextCell(String text) implements Cell {
        public static final TextCell EMPTY = new TextCell("");

        public TextCell {
            requireNonNull(text, "text");
        }
    }

    /** A number cell: read as its plain text wherever text is expected (a region code 530521). */
    public record NumberCell(BigDecimal value) implements Cell {
        public NumberCell {
            requireNonNull(value, "value");
        }

        @Override
        public String text() {
            BigDecimal v = value.stripTrailingZeros();
            return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
        }
    }

    /** A date cell (a number formatted as a date, in a workbook), with its time of day, 00:00 for none. */
    public record DateCell(LocalDateTime value) implements Cell {
        public DateCell {
            requireNonNull(value, "value");
        }

        /** A date alone when the time of day is 00:00, else {@code 2026-03-02T09:10}. */
        @Override
        public String text() {
            return value.toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? value.toLocalDate().toString()
                    : value.toString();
        }
    }

    /** A true-or-false cell. */
    public record TruthCell(boolean value) implements Cell {
        @Override
        public String text() {
            return Boolean.toString(value);
        }
    }
}
