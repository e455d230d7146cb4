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
                line(l),
                column(l),
                "(syntax)",
                Phrase.of(expected),
                Phrase.of(CoreWords.SYNTAX_ERROR, withoutJava(e.getOriginalMessage())));
    }

    /** A reader's limit passed (nesting, a string's or a number's length): like a syntax error, the last one. */
    void addLimit(JsonProcessingException e, JsonLocation where) {
        JsonLocation l = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : where;
        String m = String.valueOf(e.getOriginalMessage());
        CoreWords expected;
        CoreWords found;
        int limit;
        if (m.startsWith("Document nesting")) {
            expected = CoreWords.NESTED_AT_MOST;
            found = CoreWords.NESTED_DEEPER;
            limit = JsonReader.MAX_DEPTH;
        } else if (m.startsWith("Number")) {
            expected = CoreWords.NUMBER_AT_MOST;
            found = CoreWords.LONGER_NUMBER;
            limit = JsonReader.MAX_NUMBER_LENGTH;
        } else {
            expected = CoreWords.STRING_AT_MOST;
            found = CoreWords.LONGER_STRING;
            limit = JsonReader.MAX_STRING_LENGTH;
        }
        add(line(l), column(l), "(value)", Phrase.of(expected, limit), Phrase.of(found));
    }

    /** Where a parser was; at least 1:1, as a place in the file. */
    private static int line(JsonLocation l) {
        return l == null ? 1 : Math.max(1, l.getLineNr());
    }

    private static int column(JsonLocation l) {
        return l == null ? 1 : Math.max(1, l.getColumnNr());
    }

    /**
     * Jackson's message without the Java it sometimes holds: the name of a feature to enable ("enable
     * `JsonReadFeature.ALLOW_…` to allow") and where a value started, given as a Java source location.
     */
    static String withoutJava(String message) {
        String m = String.valueOf(message);
        int marker = m.indexOf(" (start marker at");
        if (marker >= 0) {
            m = m.substring(0, marker);
        }
        int tick = m.indexOf('`');
        if (tick >= 0) {
            int cut = Math.max(m.lastIndexOf(':', tick), m.lastIndexOf(';', tick));
            m = cut > 0 ? m.substring(0, cut) : m.substring(0, tick).strip();
        }
        return m.strip();
    }

    List<Problem> list() {
        return list;
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
