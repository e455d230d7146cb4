package org.ruralwater.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.h2.mvstore.MVStoreTool;

/**
 * An embedded store's file rewritten with only its live data, while no process has it open.
 *
 * <p>Why it is needed: H2 moves live data out of old chunks in its background writer, and the store runs
 * without one ({@code WRITE_DELAY=0}, so that a commit is on disk before it returns: h2database#442) and
 * without compaction on close ({@code MAX_COMPACT_TIME=0}, which trips over 2.4.240's free-space map). So the
 * file only grows: the demo year leaves 4.3 GB for about 0.5 GB of data. H2's own {@link MVStoreTool#compact}
 * copies the live pages into a new file and moves it over the old one in one atomic rename, so a process killed
 * meanwhile leaves the old file whole (and a temporary file, removed by the next compaction).
 */
final class EmbeddedCompaction {

    static final String FILE = "store.mv.db";

    private EmbeddedCompaction() {}

    static Store.Compacted compact(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("there is no embedded store in " + folder);
        }
        try {
            long before = Files.size(file);
            refuseWhileOpen(file);
            MVStoreTool.compact(file.toString(), true);
            return new Store.Compacted(before, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses when a process has the store open: H2 holds a lock on the file while it is open, in this
     * process or another (the platform, or a command serving it to others).
     */
    private static void refuseWhileOpen(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException(inUse(file));
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException(inUse(file), e);
        }
    }

    private static String inUse(Path file) {
        return "the store " + file.getParent() + " is open in another process (the platform, or a command):"
                + " stop it, then compact";
    }
}
