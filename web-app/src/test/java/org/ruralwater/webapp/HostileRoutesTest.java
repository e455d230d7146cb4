package org.ruralwater.webapp;

import java.nio.file.Path;
import org.ruralwater.store.Location;

/** The hostile routes on the embedded store. */
class HostileRoutesTest extends HostileRoutes {

    @Override
    Location location(Path dir) {
        return Location.embeddedIn(dir.resolve("store"));
    }
}
