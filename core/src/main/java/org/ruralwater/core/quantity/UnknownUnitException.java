package org.ruralwater.core.quantity;

import java.util.Optional;

/** Thrown when a text names no known unit; it carries the nearest known unit as a suggestion. */
public final class UnknownUnitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final transient Optional<String> suggestion;

    UnknownUnitException(String text, Optional<String> suggestion) {
        super("unknown unit \"" + text + "\""
                + suggestion.map(s -> "\nMaybe \"" + s + "\"?").orElse(""));
        this.text = text;
        this.suggestion = suggestion;
    }

    public String text() {
        return text;
    }

    /** The symbol of the known unit nearest to the text. */
    public Optional<String> suggestion() {
        return suggestion;
    }
}
