package org.ruralwater.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module of the Maven reactor, found from the root POM's {@code <modules>} list, so that a module added
 * later is checked without touching these tests.
 */
record ReactorModule(String name, Kind kind, Path classes) {

    /** What a module is allowed to depend on. */
    enum Kind {
        /** {@code core}: the shared domain; depends on no other module. */
        CORE,
        /** A domain module (quality-rules, billing, ...): depends on core alone. */
        DOMAIN,
        /**
         * A file-format library (workbook): adapts a format's third-party library (Apache POI) to core, so it
         * depends on core alone; apps use it, domain modules do not (they stay free of the format's weight).
         */
        FORMAT,
        /**
         * The links between bounded contexts (escalation): rules that connect two domain modules' concepts (a
         * failed sample, an alert, a ticket, a risk signal) as data; may depend on core and the domain modules,
         * and only the store and the apps may depend on it, so the domain modules still never meet.
         */
        LINK,
        /**
         * The store: the system of record on a database; may depend on core and the domain modules, and only the
         * apps may depend on it, so no domain rule ever needs a database.
         */
        STORE,
        /** An app (cli-app, web-app): may depend on every domain module and the store. */
        APP,
        /** Build tooling (benchmarks, this module): may depend on anything, and nothing may depend on it. */
        TOOLING
    }

    static final Set<String> APPS = Set.of("cli-app", "web-app");
    static final Set<String> FORMATS = Set.of("workbook");
    static final Set<String> STORES = Set.of("store");
    static final Set<String> LINKS = Set.of("escalation");
    static final Set<String> TOOLING = Set.of("benchmarks", "architecture", "coverage-report", "bom");

    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    /** The modules named by the root POM, which lies one folder above this module. */
    static List<ReactorModule> all() {
        Path root = Path.of("").toAbsolutePath().getParent();
        String pom;
        try {
            pom = Files.readString(root.resolve("pom.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the root pom.xml from " + root, e);
        }
        List<ReactorModule> modules = new ArrayList<>();
        Matcher m = MODULE.matcher(pom.replaceAll("(?s)<!--.*?-->", ""));
        while (m.find()) {
            String name = m.group(1);
            Kind kind = name.equals("core")
                    ? Kind.CORE
                    : APPS.contains(name)
                            ? Kind.APP
                            : FORMATS.contains(name)
                                    ? Kind.FORMAT
                                    : STORES.contains(name)
                                            ? Kind.STORE
                                            : LINKS.contains(name)
                                                    ? Kind.LINK
                                                    : TOOLING.contains(name) ? Kind.TOOLING : Kind.DOMAIN;
            modules.add(new ReactorModule(name, kind, root.resolve(name).resolve("target/classes")));
        }
        return List.copyOf(modules);
    }

    boolean hasClasses() {
        return Files.isDirectory(classes);
    }
}
