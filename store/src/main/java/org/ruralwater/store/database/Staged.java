package org.ruralwater.store.database;

import java.util.List;
import java.util.function.Supplier;
import org.ruralwater.core.datafile.Problem;

/**
 * One file's part of an import, checked and not yet written: the problems found (against the scope and what
 * the store holds), and the write to run once every part of the import is free of problems. So several
 * files land in one transaction, all or nothing, and every problem of every file is reported at once.
 */
public record Staged(String file, List<Problem> problems, Supplier<RecordRows.Counts> write) {

    public Staged {
        problems = List.copyOf(problems);
    }

    /** A part with nothing to write. */
    public static Staged none(String file) {
        return new Staged(file, List.of(), () -> new RecordRows.Counts(0, 0, 0));
    }
}
