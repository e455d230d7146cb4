package org.ruralwater.cliapp.billing;

import static java.util.Objects.requireNonNull;

import org.ruralwater.core.wording.Phrase;

/** Another process holds the lock of a folder a command would change; the command changed nothing. */
public final class FolderInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Phrase phrase;

    public FolderInUseException(Phrase phrase) {
        super(phrase.toString());
        this.phrase = requireNonNull(phrase, "phrase");
    }

    /** What is in use, to put into the reader's words. */
    public Phrase phrase() {
        return phrase;
    }
}
