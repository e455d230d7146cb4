package org.ruralwater.core.datafile;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.ruralwater.core.wording.Phrase;

/**
 * Something a reader tells about an input it read without refusing it: that the file was read as GB18030
 * rather than UTF-8, or that empty rows were skipped. A user should hear it; it is not a {@link Problem}.
 */
public record Notice(String source, Phrase text) {

    public Notice {
        requireNonNull(source, "source");
        requireNonNull(text, "text");
    }

    /** The notice in the locale's words: {@code file: text}. */
    public String text(Locale locale) {
        return source + ": " + text.in(locale);
    }

    @Override
    public String toString() {
        return text(Locale.ROOT);
    }
}
