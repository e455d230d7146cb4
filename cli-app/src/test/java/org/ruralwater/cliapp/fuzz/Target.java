package org.ruralwater.cliapp.fuzz;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A reader under fuzzing: the files of its folder (the seed, all valid), the one file mutated, and how the
 * folder is read.
 *
 * @param files every file of the folder, by name; the mutated one among them
 * @param textColumns columns of a CSV file whose values look like numbers but are text
 * @param read reads the folder, never throwing
 */
record Target(
        String name, Map<String, byte[]> files, String mutated, Set<String> textColumns, Function<Path, Outcome> read) {

    boolean isJson() {
        return mutated.endsWith(".json");
    }
}
