package org.ruralwater.webapp.browser;

import java.nio.file.Path;
import org.ruralwater.store.Location;

/**
 * The dashboard in a real browser on PostgreSQL, in a schema of its own, when {@code RURALWATER_PG_URL} names a
 * server (as the store's tests do); skipped without one, unless {@code CI} is set: then it fails. A smaller
 * county than on H2, so that CI's time grows by little.
 */
class DashboardOnPostgresqlBrowserIT extends DashboardBrowser {

    @Override
    Location location(Path dir) {
        return PostgresqlStore.location();
    }

    @Override
    int households() {
        return 2_000;
    }

    @Override
    String shotSuffix() {
        return "-postgresql";
    }
}
