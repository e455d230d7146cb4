package org.ruralwater.cliapp.store;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.StoreUnavailableException;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option of every command that keeps state in the store: a JDBC URL (PostgreSQL, with the
 * credentials in {@code RURALWATER_DB_USER} and {@code RURALWATER_DB_PASSWORD}) or a folder for an embedded
 * store; by default the embedded store in the data folder ({@code $RURALWATER_HOME}, else the user's data
 * directory).
 */
public final class DbOption {

    @Option(names = "--db", paramLabel = "URL|FOLDER")
    @Nullable
    String db;

    /** The store's location; the value of a {@code --db} given elsewhere (such as {@code billing run}). */
    public static Location location(@Nullable String db) {
        return db == null || db.isBlank() ? Location.embedded() : Location.parse(db, System.getenv());
    }

    /** Where the store is. */
    public Location location() {
        return location(db);
    }

    /** Opens the store, saying on stderr where it is first. */
    public Store open(PrintWriter err) {
        return open(db, err);
    }

    /**
     * Opens the store of a {@code --db} value, saying on stderr where it is first.
     *
     * @throws IllegalArgumentException when it cannot be opened, in one sentence
     */
    public static Store open(@Nullable String db, PrintWriter err) {
        Location location = location(db);
        err.println("store: " + location);
        err.flush();
        try {
            return Store.open(location);
        } catch (StoreUnavailableException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
