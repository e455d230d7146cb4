package org.ruralwater.cliapp;

/** Entry point of the shaded jar. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // Timefold and the other libraries log through slf4j-simple; a command's output is the result only.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.exit(Ruralwater.commandLine(args, System.getenv()).execute(args));
    }
}
