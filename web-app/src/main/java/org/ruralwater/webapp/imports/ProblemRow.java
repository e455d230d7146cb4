package org.ruralwater.webapp.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;

/** A problem of an upload as a row of its table: file, line or cell, field, what was expected and found. */
public record ProblemRow(String file, String place, String field, String expected, String found) {

    /** Problems shown at most in a table; the page says how many there were. */
    public static final int MAX_SHOWN = 500;

    /** The first {@link #MAX_SHOWN} problems as rows, in the reader's language. */
    public static List<ProblemRow> shown(List<Problem> problems, Locale locale) {
        List<ProblemRow> rows = new ArrayList<>();
        for (Problem p : problems.subList(0, Math.min(MAX_SHOWN, problems.size()))) {
            rows.add(of(p, locale));
        }
        return List.copyOf(rows);
    }

    /** The problem in the reader's language, placed at its line and column or its sheet and cell. */
    public static ProblemRow of(Problem p, Locale locale) {
        String file = p.sheet().isEmpty() ? p.source() : p.source() + " · " + p.sheet();
        String place = p.line() == 0 ? "" : !p.sheet().isEmpty() ? p.cell() : p.line() + ":" + p.column();
        String found = p.suggestions().isEmpty()
                ? p.found().in(locale)
                : Phrase.of(CoreWords.PROBLEM_SUGGESTING, p.found(), Phrase.quoted(String.join(", ", p.suggestions())))
                        .in(locale);
        return new ProblemRow(file, place, p.field(), p.expected().in(locale), found);
    }
}
