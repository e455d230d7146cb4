package org.ruralwater.webapp;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.webapp.demo.DemoPlatform;
import org.ruralwater.webapp.demo.DemoYear;

/**
 * Starts the platform on the embedded store (or the one {@code --db} names) at http://127.0.0.1:7070 (or
 * {@code --port}), seeding an empty store with the demo county and its users, whose one-time passwords are
 * printed once, then loading the county's demo year in the background; and runs until stopped.
 */
public final class WebApp {

    private WebApp() {}

    /** The command line: {@code --port N} and {@code --db URL|FOLDER}, each at most once, in any order. */
    record Options(int port, @Nullable String db) {

        static Options parse(String... args) {
            int port = 7070;
            String db = null;
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("usage: run-demo [--port N] [--db JDBC-URL|FOLDER]");
            }
            for (int i = 0; i < args.length; i += 2) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(args[i + 1]);
                    case "--db" -> db = args[i + 1];
                    default ->
                        throw new IllegalArgumentException(
                                "unknown option " + args[i] + "; usage: run-demo [--port N] [--db JDBC-URL|FOLDER]");
                }
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
            }
            return new Options(port, db);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Options options = Options.parse(args);
        int port = options.port();
        String db = options.db();
        PrintStream out = System.out;
        Location location = db == null ? Location.embedded() : Location.parse(db, System.getenv());
        out.println("store: " + location);
        try (Store store = Store.open(location)) {
            List<DemoPlatform.FirstPassword> first = DemoPlatform.seedIfEmpty(store);
            Optional<DemoYear> year = DemoYear.pending(store);
            Platform.Settings local = Platform.Settings.local(port, store);
            Platform.Settings settings = year.isPresent() ? local.withDemoYear(year.get()) : local;
            try (Platform platform = Platform.start(settings)) {
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
                year.ifPresent(y -> {
                    y.startLoading(settings.clock());
                    out.println("loading the demo county's year in the background (a few minutes); the dashboard"
                            + " says how far it has come, and a restart resumes it");
                });
                out.println("Ctrl-C stops the platform; a restart keeps the data.");
                Thread.currentThread().join();
            }
        }
    }
}
