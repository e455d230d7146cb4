package org.ruralwater.core.datafile;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;

/**
 * One thing wrong with an input: where it is, which field, what was expected and what was found, and the
 * known values nearest to what was found.
 *
 * <p>Line and column are 1-based and point at the start of the value (or of the row or object, for a
 * problem with the whole record); a line of 0 means the problem is with the whole file, such as a file that
 * cannot be read, and is shown as {@code file: field: …}.
 * What was expected and what was found are {@link Phrase}s, so a problem is put into words only where it is
 * shown, in the reader's language, always in the one form {@code file:line:column: field: expected …,
 * found …. Maybe …?} that editors and compilers use. Its {@link #code()} is the expected phrase's stable
 * code.
 *
 * <p>In a workbook's sheet the place is a cell: {@code sheet} is the sheet's name, {@code line} the row's
 * number and {@code column} the column's (1 for A), shown as {@code file.xlsx:Sheet!F7: field: …}. In a
 * text file {@code sheet} is empty.
 */
public record Problem(
        String source,
        String sheet,
        int line,
        int column,
        String field,
        Phrase expected,
        Phrase found,
        List<String> suggestions)
        implements Comparable<Problem> {

    public Problem {
        requireNonNull(source, "source");
        requireNonNull(sheet, "sheet");
        requireNonNull(field, "field");
        requireNonNull(expected, "expected");
        requireNonNull(found, "found");
        suggestions = List.copyOf(suggestions);
    }

    /** A problem in a text file. */
    public Problem(
            String source,
            int line,
            int column,
            String field,
            Phrase expected,
            Phrase found,
            List<String> suggestions) {
        this(source, "", line, column, field, expected, found, suggestions);
    }

    /** A problem in a text file, without suggestions. */
    public Problem(String source, int line, int column, String field, Phrase expected, Phrase found) {
        this(source, "", line, column, field, expected, found, List.of());
    }

    /** A problem at a cell of a workbook's sheet: {@code row} from 1, {@code column} 1 for A. */
    public static Problem atCell(
            String source, String sheet, int row, int column, String field, Phrase expected, Phrase found) {
        if (sheet.isEmpty()) {
            throw new IllegalArgumentException("a cell's sheet has a name");
        }
        return new Problem(source, sheet, row, column, field, expected, found, List.of());
    }

    /** The same problem, suggesting these known values ("Maybe …?"). */
    public Problem suggesting(List<String> values) {
        return new Problem(source, sheet, line, column, field, expected, found, values);
    }

    /** The cell's reference, such as {@code F7}, for a problem in a sheet; empty otherwise. */
    public String cell() {
        if (sheet.isEmpty() || line == 0) {
            return "";
        }
        return columnLetters(Math.max(column, 1)) + line;
    }

    /** A column's letters: 1 is A, 26 Z, 27 AA. */
    static String columnLetters(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    /** The stable code of the problem: that of what was expected, such as {@code core.whole_number}. */
    public String code() {
        return expected.code();
    }

    /** The problem in the locale's words. */
    public String text(Locale locale) {
        // A problem with a whole file has no line; one with a whole line has no column.
        Phrase text = sheet.isEmpty()
                ? Phrase.of(
                        line == 0
                                ? CoreWords.PROBLEM_IN_FILE
                                : column == 0 ? CoreWords.PROBLEM_AT_LINE : CoreWords.PROBLEM,
                        source,
                        Integer.toString(line),
                        Integer.toString(column),
                        field,
                        expected,
                        found)
                : Phrase.of(
                        line == 0 ? CoreWords.PROBLEM_IN_SHEET : CoreWords.PROBLEM_IN_CELL,
                        source,
                        sheet,
                        cell(),
                        field,
                        expected,
                        found);
        if (suggestions.isEmpty()) {
            return text.in(locale);
        }
        return Phrase.of(CoreWords.PROBLEM_SUGGESTING, text, suggestionList()).in(locale);
    }

    private Phrase suggestionList() {
        Phrase list = Phrase.quoted(suggestions.get(0));
        for (int i = 1; i < suggestions.size(); i++) {
            list = Phrase.of(
                    i == suggestions.size() - 1 ? CoreWords.ALTERNATIVE_LAST : CoreWords.ALTERNATIVE,
                    list,
                    Phrase.quoted(suggestions.get(i)));
        }
        return list;
    }

    @Override
    public int compareTo(Problem o) {
        int c = source.compareTo(o.source);
        if (c == 0) {
            c = sheet.compareTo(o.sheet);
        }
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        if (c == 0) {
            c = Integer.compare(column, o.column);
        }
        return c != 0 ? c : field.compareTo(o.field);
    }

    /** The problem in the root language (English): {@code file:line:column: field: expected …, found …}. */
    @Override
    public String toString() {
        return text(Locale.ROOT);
    }
}
