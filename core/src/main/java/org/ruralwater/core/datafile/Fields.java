package org.ruralwater.core.datafile;

/**
 * The rows and fields of a table being read, where each field is: a CSV file's text ({@link CsvTokenizer})
 * or a workbook's sheet ({@link SheetFields}). {@link CsvReader} reads either the same way.
 */
interface Fields {

    /** Moves to the next row that holds anything; false at the end. */
    boolean nextRow();

    /** Moves to the next field of the current row; false at its end. */
    boolean nextField();

    /** The current field's text. */
    String value();

    /** The current field's text for a field of this type (a sheet's date cell is read as the field needs). */
    default String value(RecordShape.Field field) {
        return value();
    }

    /** The current field's length: in UTF-8 bytes for a text, in characters for a sheet's cell. */
    int valueLength();

    /** Whether the current field holds nothing at all (not even blanks). */
    boolean isEmpty();

    /** The line (or row number) the current row starts on. */
    int rowLine();

    /** The line (or row number) of the current field. */
    int line();

    /** The column of the current field, from 1. */
    int column();
}
