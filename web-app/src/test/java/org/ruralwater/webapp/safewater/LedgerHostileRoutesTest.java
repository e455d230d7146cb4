package org.ruralwater.webapp.safewater;

import java.nio.file.Path;
import org.ruralwater.store.Location;

/** The ledger's hostile routes on the embedded store. */
class LedgerHostileRoutesTest extends LedgerHostileRoutes {

    @Override
    Location location(Path dir) {
        return Location.embeddedIn(dir.resolve("store"));
    }
}
