package org.ruralwater.core.datafile;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * How the readers on this thread read files while the scope is open: the encoding the user declared (else
 * the fixed rule: UTF-8, then GB18030), and who hears their {@link Notice}s.
 *
 * <p>A scope, not a parameter: the readers are called deep inside the domain modules (a sample file, a
 * billing folder, a county folder), and an application sets these once for a whole command. Without a
 * scope the readers apply the rule and keep their notices to themselves.
 *
 * <pre>{@code
 * try (ReadingScope scope = ReadingScope.open(notice -> err.println(notice.text(locale)))) {
 *     ... read files ...
 * }
 * }</pre>
 */
public final class ReadingScope implements AutoCloseable {

    private static final ThreadLocal<ReadingScope> CURRENT = new ThreadLocal<>();

    private final @Nullable Charset encoding;
    private final Consumer<Notice> notices;
    private final @Nullable ReadingScope outer;

    private ReadingScope(@Nullable Charset encoding, Consumer<Notice> notices) {
        this.encoding = encoding;
        this.notices = requireNonNull(notices, "notices");
        this.outer = CURRENT.get();
        CURRENT.set(this);
    }

    /** A scope in which files are decoded by the fixed rule and notices go to {@code notices}. */
    public static ReadingScope open(Consumer<Notice> notices) {
        return new ReadingScope(null, notices);
    }

    /** A scope in which every file is decoded strictly in {@code encoding}, and notices go to {@code notices}. */
    public static ReadingScope open(Charset encoding, Consumer<Notice> notices) {
        return new ReadingScope(requireNonNull(encoding, "encoding"), notices);
    }

    /** Ends the scope; the one around it, if any, applies again. */
    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    /** The encoding declared for the current scope, or null for the fixed rule. */
    static @Nullable Charset encoding() {
        ReadingScope s = CURRENT.get();
        return s == null ? null : s.encoding;
    }

    /** Tells the current scope's listener, if any. */
    static void tell(Notice notice) {
        ReadingScope s = CURRENT.get();
        if (s != null) {
            s.notices.accept(notice);
        }
    }
}
