package org.ruralwater.webapp.browser;

import java.nio.file.Path;
import org.ruralwater.store.Location;

/** The registers, imports, audit log and map in a real browser on PostgreSQL (skipped without a server, unless CI is set). */
class PlatformOnPostgresqlBrowserIT extends PlatformBrowserIT {

    @Override
    Location location(Path dir) {
        return PostgresqlStore.location();
    }

    @Override
    Path shots() {
        return Path.of("target/screenshots/postgresql");
    }
}
