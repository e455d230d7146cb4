package org.ruralwater.webapp;

import java.io.PrintStream;
import java.util.List;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.webapp.demo.DemoPlatform;

/**
 * Starts the platform on the embedded store (or the one {@code --db} names) at http://127.0.0.1:7070 (or
 * {@code --port}), seeding an empty store with the demo county and its users, whose one-time passwords are
 * printed once; and runs until stopped.
 */
public final class WebApp {

    private WebApp() {}

    public static void main(String[] args) throws InterruptedException {
        int port = 7070;
        String db = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--db" -> db = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PrintStream out = System.out;
        Location location = db == null ? Location.embedded() : Location.parse(db, System.getenv());
        out.println("store: " + location);
        try (Store store = Store.open(location)) {
            List<DemoPlatform.FirstPassword> first = DemoPlatform.seedIfEmpty(store);
            try (Platform platform = Platform.start(Platform.Settings.local(port, store))) {
                out.println("ruralwater platform: http://127.0.0.1:" + platform.port());
                if (!first.isEmpty()) {
                    out.println("users made at this first start (passwords shown once; only their hashes are kept):");
                    for (DemoPlatform.FirstPassword f : first) {
                        out.printf(
                                "  %-16s %-16s %-14s %-13s %s%n",
                                f.user().name(),
                                f.password(),
                                f.user().role().code(),
                                f.user().region().value(),
                                f.user().displayName());
                    }
                }
                out.println("Ctrl-C stops the platform; a restart keeps the data.");
                Thread.currentThread().join();
            }
        }
    }
}
