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
    /** The sheet being read, or empty for a text file. */
    private final String sheet;

    private final List<Problem> list = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();

    Problems(String source) {
        this(source, "");
    }

    Problems(String source, String sheet) {
        this.source = source;
        this.sheet = sheet;
    }

    String source() {
        return source;
    }

    String sheet() {
        return sheet;
    }

    void add(int line, int column, String field, Phrase expected, Phrase found) {
        list.add(new Problem(source, sheet, line, column, field, expected, found, List.of()));
    }

    void add(int line, int column, String field, Phrase expected, Phrase found, List<String> suggestions) {
        list.add(new Problem(source, sheet, line, column, field, expected, found, suggestions));
    }

    /** How many problems so far: a mark to {@link #dropAfter} when a row turns out to be empty. */
    int size() {
        return list.size();
    }

    /** Forgets the problems added after the mark. */
    void dropAfter(int mark) {
        list.subList(mark, list.size()).clear();
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

    /** Something to tell about the input that is not a problem; told to the reading scope at once. */
    void notice(Phrase text) {
        Notice n = new Notice(source, text);
        notices.add(n);
        ReadingScope.tell(n);
    }

    List<Notice> notices() {
        return List.copyOf(notices);
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
