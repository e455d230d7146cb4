package org.ruralwater.architecture;

import java.io.File;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The library modules and what they require, laid out as an embedder would lay them out: the libraries
 * and every module they require by name on the module path, everything else (what automatic modules such
 * as Timefold need at run time) on the class path, which automatic modules read.
 *
 * @param modulePath the module path entries
 * @param classPath the class path entries
 * @param patch the jar patched into lib-recur's automatic module, which splits a package with lib-recur
 *     (maintenance/docs/design-decisions.md)
 */
record ModulePath(List<Path> modulePath, List<Path> classPath, Path patch) {

    static final String SPLIT_PACKAGE_JAR = "rfc5545-datetime-";

    /** From this test's own class path, which holds every library module's dependencies. */
    static ModulePath ofLibraries(List<LibraryModule> libraries) {
        Path root = Path.of("").toAbsolutePath().getParent();
        Map<String, Path> byName = new LinkedHashMap<>();
        List<Path> others = new ArrayList<>();
        Path patch = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (p.startsWith(root) || p.toString().contains(String.join(File.separator, "", "org", "ruralwater", ""))) {
                continue; // the reactor's own classes: the libraries come from target/classes below
            }
            if (p.getFileName().toString().startsWith(SPLIT_PACKAGE_JAR)) {
                patch = p;
                continue;
            }
            Optional<String> name = moduleName(p);
            if (name.isPresent()) {
                byName.putIfAbsent(name.get(), p);
            }
            others.add(p);
        }
        if (patch == null) {
            throw new IllegalStateException("no " + SPLIT_PACKAGE_JAR + "*.jar on the class path");
        }

        Set<Path> modules = new LinkedHashSet<>();
        Deque<ModuleDescriptor> todo = new ArrayDeque<>();
        for (LibraryModule m : libraries) {
            modules.add(m.module().classes());
            todo.add(m.descriptor().orElseThrow());
        }
        Set<String> seen = new LinkedHashSet<>();
        ModuleFinder system = ModuleFinder.ofSystem();
        while (!todo.isEmpty()) {
            for (ModuleDescriptor.Requires r : todo.pop().requires()) {
                String name = r.name();
                if (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
                        || system.find(name).isPresent()
                        || !seen.add(name)
                        || libraries.stream()
                                .anyMatch(l -> l.expectedModuleName().equals(name))) {
                    continue;
                }
                Path jar = byName.get(name);
                if (jar == null) {
                    throw new IllegalStateException("no jar on the class path is module " + name);
                }
                modules.add(jar);
                ModuleFinder.of(jar).find(name).map(ModuleReference::descriptor).ifPresent(todo::add);
            }
        }
        others.removeAll(modules);
        return new ModulePath(List.copyOf(modules), List.copyOf(others), patch);
    }

    private static Optional<String> moduleName(Path p) {
        if (!Files.exists(p)) {
            return Optional.empty();
        }
        try {
            return ModuleFinder.of(p).findAll().stream()
                    .findFirst()
                    .map(ref -> ref.descriptor().name());
        } catch (FindException e) {
            return Optional.empty(); // not usable as a module: it stays on the class path
        }
    }

    /** The options that give {@code javac} and {@code java} this layout, with more modules before it. */
    List<String> options(Path... modulesFirst) {
        List<Path> path = new ArrayList<>(List.of(modulesFirst));
        path.addAll(modulePath);
        return List.of(
                "--module-path", join(path), "--class-path", join(classPath), "--patch-module", "lib.recur=" + patch);
    }

    static String join(List<Path> paths) {
        return String.join(
                File.pathSeparator, paths.stream().map(Path::toString).toList());
    }
}
