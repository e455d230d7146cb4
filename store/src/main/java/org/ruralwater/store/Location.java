package org.ruralwater.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a store lives: an embedded H2 database in a folder (by default the user's data folder), or a
 * PostgreSQL 15+ server by its JDBC URL.
 *
 * <p>The embedded database is opened with {@code AUTO_SERVER=TRUE}, so that the command line and the web app
 * can use it at once. A server's credentials come from the environment, never from the command line, where
 * other users of the machine could read them: {@code RURALWATER_DB_USER} and {@code RURALWATER_DB_PASSWORD}.
 */
public final class Location {

    /** The environment variable naming the data folder, which otherwise is the user's data directory. */
    public static final String HOME = "RURALWATER_HOME";

    public static final String USER = "RURALWATER_DB_USER";
    public static final String PASSWORD = "RURALWATER_DB_PASSWORD";

    /** The embedded database's settings besides AUTO_SERVER, which a store's first start uses too. */
    static final String H2_SETTINGS = ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";

    private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([a-z_][a-z0-9_]{0,62})(&|$)");

    private final String url;
    private final @Nullable Path folder;
    private final @Nullable String user;
    private final @Nullable String password;
    private final @Nullable String schema;

    private Location(
            String url,
            @Nullable Path folder,
            @Nullable String user,
            @Nullable String password,
            @Nullable String schema) {
        this.url = url;
        this.folder = folder;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    /** The embedded store in the data folder ({@code $RURALWATER_HOME}, else the user's data directory). */
    public static Location embedded() {
        return embeddedIn(dataFolder(System.getenv(), System.getProperty("os.name", ""), Path.of(home())));
    }

    /** The embedded store in the folder given: its database is the file {@code store.mv.db} there. */
    public static Location embeddedIn(Path folder) {
        Path f = requireNonNull(folder, "folder").toAbsolutePath().normalize();
        // WRITE_DELAY=0: a commit is written before it returns, by the committing thread, so a transaction
        // that committed survives kill -9 and one that did not leaves nothing (store/docs/design-decisions.md).
        // MAX_COMPACT_TIME=0: no moving of chunks on close, where H2 2.4.240 trips over its free-space map.
        return new Location(
                "jdbc:h2:file:" + f.resolve("store") + ";AUTO_SERVER=TRUE" + H2_SETTINGS, f, "sa", "", null);
    }

    /** A database by its JDBC URL, with these credentials. */
    public static Location jdbc(String url, @Nullable String user, @Nullable String password) {
        requireNonNull(url, "url");
        return new Location(url, null, user, password, null);
    }

    /**
     * What {@code --db} says: a JDBC URL, whose credentials come from {@code RURALWATER_DB_USER} and {@code
     * RURALWATER_DB_PASSWORD}, or else a folder for an embedded store.
     */
    public static Location parse(String text, Map<String, String> environment) {
        requireNonNull(text, "text");
        if (text.startsWith("jdbc:")) {
            Location l = jdbc(text, environment.get(USER), environment.get(PASSWORD));
            Matcher schema = CURRENT_SCHEMA.matcher(text);
            return schema.find() ? new Location(text, null, l.user, l.password, schema.group(1)) : l;
        }
        return embeddedIn(Path.of(text));
    }

    /**
     * The same PostgreSQL database, with the store's tables in a schema of their own, made when missing: the
     * URL's {@code currentSchema} parameter, which {@link #parse} also reads.
     */
    public Location inSchema(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("a schema name is lower-case letters, digits and _, not " + name);
        }
        if (folder != null || CURRENT_SCHEMA.matcher(url).find()) {
            throw new IllegalArgumentException("only a PostgreSQL URL without a schema takes one, not " + this);
        }
        return new Location(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name, null, user, password, name);
    }

    /**
     * The data folder: {@code $RURALWATER_HOME}, else the user's data directory ({@code $XDG_DATA_HOME} or
     * {@code ~/.local/share} on Linux, {@code ~/Library/Application Support} on macOS, {@code %LOCALAPPDATA%}
     * on Windows) with {@code ruralwater} in it.
     */
    static Path dataFolder(Map<String, String> env, String osName, Path home) {
        String explicit = env.get(HOME);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData/Local")).resolve("ruralwater");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library/Application Support/ruralwater");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("ruralwater");
    }

    private static String home() {
        return System.getProperty("user.home", ".");
    }

    public String url() {
        return url;
    }

    /** The folder of an embedded store. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    Optional<String> user() {
        return Optional.ofNullable(user);
    }

    Optional<String> password() {
        return Optional.ofNullable(password);
    }

    Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    /** Where the store is, for people: the folder of an embedded store, or the URL without any password. */
    @Override
    public String toString() {
        if (folder != null) {
            return folder.toString();
        }
        return url.replaceAll("(?i)password=[^&;]*", "password=***");
    }
}
