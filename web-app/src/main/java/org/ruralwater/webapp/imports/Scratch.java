package org.ruralwater.webapp.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder of the system's temporary folder where an upload is put to be read, deleted with everything in it
 * when closed: an import reads a file by its path (its name tells CSV from workbook), and nothing of a refused
 * or imported upload stays on the server.
 */
public final class Scratch implements AutoCloseable {

    private final Path folder;

    private Scratch(Path folder) {
        this.folder = folder;
    }

    /** A new, empty folder whose name starts with the prefix. */
    public static Scratch folder(String prefix) {
        try {
            return new Scratch(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return folder;
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A scratch folder left behind is the temporary folder's to clear; the import's answer stands.
        }
    }
}
