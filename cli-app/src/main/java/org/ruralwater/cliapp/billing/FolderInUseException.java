package org.ruralwater.cliapp.billing;

/** Another process holds the lock of a folder a command would change; the command changed nothing. */
public final class FolderInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FolderInUseException(String message) {
        super(message);
    }
}
