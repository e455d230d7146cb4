package org.ruralwater.webapp.safewater;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.ruralwater.store.Location;

/**
 * The ledger's hostile routes on PostgreSQL, in a schema of their own, when {@code RURALWATER_PG_URL} names a
 * server; skipped without one, unless {@code CI} is set: then it fails.
 */
class LedgerHostileRoutesOnPostgresqlTest extends LedgerHostileRoutes {

    @Override
    Location location(Path dir) {
        String url = System.getenv("RURALWATER_PG_URL");
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                fail("CI is set but RURALWATER_PG_URL is not: the ledger's PostgreSQL tests must run on CI");
            }
            assumeTrue(false, "no PostgreSQL server: set RURALWATER_PG_URL to run the ledger's PostgreSQL tests");
        }
        String schema = "l_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
                        .toLowerCase(Locale.ROOT);
        return Location.parse(url, System.getenv()).inSchema(schema);
    }
}
