package org.ruralwater.cliapp;

/** The command's exit codes. */
public final class ExitCode {

    public static final int OK = 0;
    /** The check ran and found failures: a failing sample, a blocked bill, a hard violation. */
    public static final int FAILURES = 1;

    public static final int USAGE = 2;
    /** The input files or values were wrong; every problem was printed to stderr. */
    public static final int BAD_INPUT = 3;
    /** A bug in ruralwater: one line on stderr, the details with {@code --debug}; nothing was changed. */
    public static final int INTERNAL_ERROR = 4;
    /** The folder is in use by another run (its ledger is locked); nothing was changed. */
    public static final int BUSY = 5;

    private ExitCode() {}
}
