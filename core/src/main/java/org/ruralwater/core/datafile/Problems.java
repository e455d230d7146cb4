package org.ruralwater.core.datafile;

import java.util.ArrayList;
import java.util.List;

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

    void add(int line, int column, String field, String expected, String found) {
        list.add(new Problem(source, line, column, field, expected, found));
    }

    void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    /** A syntax error: the parser cannot go on, so it is the last problem of the file. */
    void addSyntax(com.fasterxml.jackson.core.JsonProcessingException e, String expected) {
        com.fasterxml.jackson.core.JsonLocation l = e.getLocation();
        add(
                l == null ? 0 : l.getLineNr(),
                l == null ? 0 : l.getColumnNr(),
                "(syntax)",
                expected,
                e.getOriginalMessage());
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }

    static String quote(String text) {
        String t = text.length() > 60 ? text.substring(0, 57) + "…" : text;
        return "\"" + t.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
