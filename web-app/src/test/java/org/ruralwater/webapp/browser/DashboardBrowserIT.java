package org.ruralwater.webapp.browser;

import java.nio.file.Path;
import org.ruralwater.store.Location;

/** The dashboard in a real browser on the embedded H2 store; its screenshots are the README's. */
class DashboardBrowserIT extends DashboardBrowser {

    @Override
    Location location(Path dir) {
        return Location.embeddedIn(dir.resolve("store"));
    }

    @Override
    int households() {
        return 7_600;
    }

    @Override
    String shotSuffix() {
        return "";
    }
}
