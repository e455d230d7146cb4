package org.ruralwater.cliapp;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** One in-process run of the command: exit code, stdout and stderr. */
record Run(int code, String out, String err) {

    /** A run in an environment without locale variables, so English whatever the machine's locale. */
    static Run of(String... args) {
        return in(Map.of(), args);
    }

    /** A run in an environment with these variables (LANG, LC_ALL, ...). */
    static Run in(Map<String, String> environment, String... args) {
        return of(Ruralwater.commandLine(args, environment), args);
    }

    static Run of(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
