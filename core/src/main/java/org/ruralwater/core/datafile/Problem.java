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
 */
public record Problem(
        String source, int line, int column, String field, Phrase expected, Phrase found, List<String> suggestions)
        implements Comparable<Problem> {

    public Problem {
        requireNonNull(source, "source");
        requireNonNull(field, "field");
        requireNonNull(expected, "expected");
        requireNonNull(found, "found");
        suggestions = List.copyOf(suggestions);
    }

    /** A problem without suggestions. */
    public Problem(String source, int line, int column, String field, Phrase expected, Phrase found) {
        this(source, line, column, field, expected, found, List.of());
    }

    /** The same problem, suggesting these known values ("Maybe …?"). */
    public Problem suggesting(List<String> values) {
        return new Problem(source, line, column, field, expected, found, values);
    }

    /** The stable code of the problem: that of what was expected, such as {@code core.whole_number}. */
    public String code() {
        return expected.code();
    }

    /** The problem in the locale's words. */
    public String text(Locale locale) {
        // A problem with a whole file has no line; one with a whole line has no column.
        Phrase text = Phrase.of(
                line == 0 ? CoreWords.PROBLEM_IN_FILE : column == 0 ? CoreWords.PROBLEM_AT_LINE : CoreWords.PROBLEM,
                source,
                Integer.toString(line),
                Integer.toString(column),
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
