package org.ruralwater.cliapp.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.core.wording.Phrase;

/**
 * An exclusive lock on a billing folder's ledger for a whole read-compute-write, taken without waiting: a
 * second bill run on the same folder stops at once and changes nothing, instead of rewriting the ledger
 * the first one is about to write (which lost a month's documents).
 *
 * <p>The lock is the operating system's lock on {@code ledger.json.lock} beside the ledger, so it is released
 * when the process ends, however it ends ({@code kill -9} included). The file itself stays: deleting a lock
 * file races with the next process opening it.
 */
final class LedgerLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private LedgerLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder's lock.
     *
     * @throws FolderInUseException when another process (or another run in this one) holds it
     */
    static LedgerLock take(Path folder) {
        Path file = folder.resolve("ledger.json.lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException(e);
        }
        if (lock == null) {
            close(channel);
            throw new FolderInUseException(Phrase.of(CliWords.FOLDER_IN_USE, folder.toString()));
        }
        return new LedgerLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(channel);
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing a channel we only locked; the lock goes with the process anyway.
        }
    }
}
