package org.ruralwater.webapp.browser;

import java.nio.file.Path;
import org.ruralwater.store.Location;

/** {@link QualityDeskBrowserIT} on PostgreSQL (skipped without a server, unless CI is set). */
class QualityDeskOnPostgresqlBrowserIT extends QualityDeskBrowserIT {

    @Override
    Location location(Path dir) {
        return PostgresqlStore.location();
    }

    @Override
    Path shots() {
        return Path.of("target/screenshots/postgresql");
    }
}
