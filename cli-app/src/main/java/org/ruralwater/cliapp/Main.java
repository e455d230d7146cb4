package org.ruralwater.cliapp;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the shaded jar. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // Timefold and the other libraries log through slf4j-simple; a command's output is the result only.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Map<String, String> environment = System.getenv();
        Charset charset = terminalCharset(environment);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset);
        // The progress bar writes to System.err itself.
        System.setOut(out);
        System.setErr(err);
        CommandLine cl = Ruralwater.commandLine(args, environment);
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, charset), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, charset), true));
        System.exit(cl.execute(args));
    }

    /**
     * The encoding the terminal expects: the codeset the locale names ({@code zh_CN.UTF-8}, {@code
     * zh_CN.GB18030}), else the JVM's. Java 17 takes its default from the C library, which falls back to ASCII
     * when the named locale is not installed (as in most containers), and would print Chinese as "?".
     */
    static Charset terminalCharset(Map<String, String> environment) {
        for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String v = environment.get(name);
            if (v == null || v.isBlank()) {
                continue;
            }
            int dot = v.indexOf('.');
            if (dot < 0) {
                break;
            }
            String codeset = v.substring(dot + 1).split("@", 2)[0];
            try {
                if (Charset.isSupported(codeset)) {
                    return Charset.forName(codeset);
                }
            } catch (IllegalCharsetNameException e) {
                // Not a codeset Java knows: the JVM's default below.
            }
            break;
        }
        return Charset.defaultCharset();
    }
}
