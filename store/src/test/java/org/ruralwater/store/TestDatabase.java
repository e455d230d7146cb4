package org.ruralwater.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The databases every store test runs on: H2 in a temporary folder, and PostgreSQL when {@code
 * RURALWATER_PG_URL} names a server (credentials in {@code RURALWATER_DB_USER} and {@code
 * RURALWATER_DB_PASSWORD}), each test in a schema of its own. Without a server the PostgreSQL tests are
 * skipped, unless {@code CI} is set: then they fail, so CI cannot pass without them.
 */
public enum TestDatabase {
    H2,
    POSTGRESQL;

    public static final String URL = "RURALWATER_PG_URL";

    /** A fresh, empty store location on this database. */
    public Location location(Path dir) {
        if (this == H2) {
            return Location.embeddedIn(dir.resolve("store"));
        }
        String url = System.getenv(URL);
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                fail("CI is set but " + URL + " is not: the store's PostgreSQL tests must run on CI");
            }
            assumeTrue(false, "no PostgreSQL server: set " + URL + " to run the store's PostgreSQL tests");
        }
        String schema = "t_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
                        .toLowerCase(Locale.ROOT);
        return Location.parse(url, System.getenv()).inSchema(schema);
    }
}
