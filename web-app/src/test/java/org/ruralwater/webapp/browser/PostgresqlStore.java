package org.ruralwater.webapp.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.ruralwater.store.Location;

/**
 * A fresh schema on the PostgreSQL server {@code RURALWATER_PG_URL} names, for a browser test; without a server
 * the test is skipped, unless {@code CI} is set: then it fails, so CI cannot pass without the PostgreSQL runs.
 */
final class PostgresqlStore {

    private PostgresqlStore() {}

    static Location location() {
        String url = System.getenv("RURALWATER_PG_URL");
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                fail("CI is set but RURALWATER_PG_URL is not: the browser tests' PostgreSQL runs must run on CI");
            }
            assumeTrue(false, "no PostgreSQL server: set RURALWATER_PG_URL to run the browser tests on PostgreSQL");
        }
        String schema = "b_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
                        .toLowerCase(Locale.ROOT);
        return Location.parse(url, System.getenv()).inSchema(schema);
    }
}
