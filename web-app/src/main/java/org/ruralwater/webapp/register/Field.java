package org.ruralwater.webapp.register;

import java.util.List;

/**
 * One column of a record as a page shows it: its label, the value as a person reads it (labels for codes,
 * names beside region codes), the value as the file holds it (what an edit form sends), the choices of a
 * closed vocabulary, and what was wrong with what was sent.
 */
public record Field(
        String name, String label, String shown, String value, List<Choice> choices, List<String> problems) {

    /** One choice of a closed vocabulary: its file code and its label. */
    public record Choice(String code, String label) {}

    public Field {
        choices = List.copyOf(choices);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
