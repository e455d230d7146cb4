package org.ruralwater.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.ruralwater.store.database.Vendor;

/**
 * The first start of an embedded store: its schema made in a file of its own, which then takes the store's name
 * whole. H2 commits each DDL statement as it runs, so a process killed while making the schema in place would
 * leave half a schema that no later start could finish; made aside, the store is either there and whole, or
 * not there at all.
 */
final class EmbeddedStart {

    private static final String FILE = "store.mv.db";
    private static final String ASIDE = "store-start-";

    private EmbeddedStart() {}

    /** Makes the store's file with its whole schema when the folder has none; nothing when it has one. */
    static void makeWhole(Path folder, String url) {
        Path store = folder.resolve(FILE);
        if (Files.exists(store)) {
            return;
        }
        forgetOldStarts(folder);
        String name = ASIDE + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        Path aside = folder.resolve(name + ".mv.db");
        String asideUrl = url.substring(0, url.indexOf(';')).replaceFirst("store$", name) + Location.H2_SETTINGS;
        Flyway.configure()
                .dataSource(asideUrl, "sa", "")
                .locations("classpath:db/migration/common", Vendor.H2.migrations())
                .loggers("slf4j")
                .load()
                .migrate();
        // The database closed with Flyway's last connection. A hard link fails when the store appeared
        // meanwhile (another process started it first): then that one is the store, and this file is dropped.
        try {
            Files.createLink(store, aside);
        } catch (FileAlreadyExistsException e) {
            // Another start won; its store is as whole as this one.
        } catch (IOException | UnsupportedOperationException e) {
            throw new UncheckedIOException(
                    new IOException("cannot make the embedded store " + store + ": " + e.getMessage(), e));
        } finally {
            try {
                Files.deleteIfExists(aside);
            } catch (IOException e) {
                // Left over: the next start removes it once it is old.
            }
        }
    }

    /** Removes the files of starts that were killed: older than an hour, so never one still being made. */
    private static void forgetOldStarts(Path folder) {
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                if (n.startsWith(ASIDE)
                        && Files.getLastModifiedTime(f).toInstant().isBefore(hourAgo)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            // Nothing lost: an old file only takes room.
        }
    }
}
