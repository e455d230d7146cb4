package org.ruralwater.cliapp.output;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.nativ.CLibrary;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on stderr for long work (a solve, a large evaluation), shown only when a person is watching
 * a terminal: piped or redirected, the command stays silent and its output stays clean.
 */
public final class Progress implements AutoCloseable {

    private final @Nullable ProgressBar bar;

    private Progress(@Nullable ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * A bar from 0 to {@code max} in {@code unit}s ({@code max} -1 when the end is not known), or nothing
     * when there is no terminal.
     */
    public static Progress start(String task, long max, String unit) {
        if (!stderrIsTerminal()) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .setMaxRenderedLength(100)
                .continuousUpdate()
                .build());
    }

    /**
     * Whether stderr, where the bar goes, is a terminal, whatever stdout is (a table may be redirected to a
     * file while a person watches the bar). Asks the C library through JLine's native part; without it,
     * falls back to the JVM's console check.
     */
    static boolean stderrIsTerminal() {
        try {
            return CLibrary.isatty(2) == 1;
        } catch (LinkageError | RuntimeException e) {
            return System.console() != null;
        }
    }

    public boolean shown() {
        return bar != null;
    }

    public void stepTo(long n) {
        if (bar != null) {
            bar.stepTo(n);
        }
    }

    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    /** Text after the bar, such as the best score so far. */
    public void say(String message) {
        if (bar != null) {
            bar.setExtraMessage(" " + message);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
