package org.ruralwater.core.datafile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;

/** Collects problems while reading; throws them all at once at the end. */
final class Problems {
    private final String source;
    private final List<Problem> list = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    void add(int line, int column, String field, Phrase expected, Phrase found) {
        list.add(new Problem(source, line, column, field, expected, found));
    }

    void add(int line, int column, String field, Phrase expected, Phrase found, List<String> suggestions) {
        list.add(new Problem(source, line, column, field, expected, found, suggestions));
    }

    void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    /** A syntax error: the parser cannot go on, so it is the last problem of the file. */
    void addSyntax(JsonProcessingException e, CoreWords expected) {
        JsonLocation l = e.getLocation();
        add(
                l == null ? 0 : l.getLineNr(),
                l == null ? 0 : l.getColumnNr(),
                "(syntax)",
                Phrase.of(expected),
                Phrase.of(CoreWords.SYNTAX_ERROR, e.getOriginalMessage()));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
