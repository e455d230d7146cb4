package org.ruralwater.cliapp;

/** The command's exit codes. */
public final class ExitCode {

    public static final int OK = 0;
    /** The check ran and found failures: a failing sample, a blocked bill, a hard violation. */
    public static final int FAILURES = 1;

    public static final int USAGE = 2;
    /** The input files or values were wrong; every problem was printed to stderr. */
    public static final int BAD_INPUT = 3;

    private ExitCode() {}
}
