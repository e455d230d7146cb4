package org.ruralwater.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The exported packages of a module descriptor, compared with the list checked in for it, so that a
 * module's public surface grows only by a reviewed change to that list.
 */
final class ModuleSurface {

    private ModuleSurface() {}

    /** Each export as a line: {@code pkg}, or {@code pkg to m1, m2} for a qualified export, sorted. */
    static List<String> exports(ModuleDescriptor d) {
        TreeSet<String> lines = new TreeSet<>();
        for (ModuleDescriptor.Exports e : d.exports()) {
            lines.add(
                    e.isQualified() ? e.source() + " to " + String.join(", ", new TreeSet<>(e.targets())) : e.source());
        }
        return List.copyOf(lines);
    }

    /** The lines of a checked-in list, without blank lines and {@code #} comments. */
    static List<String> pinned(Path list) {
        try {
            return Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + list, e);
        }
    }

    /** What differs between the exports and the list, in words, or the empty string when they agree. */
    static String difference(String module, List<String> exports, List<String> pinned, Path list) {
        List<String> added = new ArrayList<>(exports);
        added.removeAll(pinned);
        List<String> dropped = new ArrayList<>(pinned);
        dropped.removeAll(exports);
        if (added.isEmpty() && dropped.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(module + "'s module-info does not export what " + list + " lists:");
        if (!added.isEmpty()) {
            b.append("\n  exported but not listed: ").append(added);
        }
        if (!dropped.isEmpty()) {
            b.append("\n  listed but not exported: ").append(dropped);
        }
        b.append("\nMaybe the change is meant: an exported package is public API for good, so add it to (or remove it"
                + " from) the list in the same change, where review sees it.");
        return b.toString();
    }
}
