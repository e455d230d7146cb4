package org.ruralwater.core.datafile;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data files a module ships, listed in an index resource (one file name a line, {@code #} comments),
 * and read in that order. The list is explicit because a jar cannot be listed portably.
 */
public final class ResourceIndex {

    private ResourceIndex() {}

    /**
     * Reads every file the index names with the reader, in the index's order.
     *
     * @param owner the class whose resources hold the folder
     * @param folder the resource folder, such as {@code /org/ruralwater/billing/tariff/}
     * @param index the index file's name within the folder
     * @throws IllegalStateException when the index or a file it names is missing: a packaging bug
     */
    public static <T extends Record> List<T> readAll(
            Class<?> owner, String folder, String index, JsonReader<T> reader) {
        requireNonNull(reader, "reader");
        List<T> out = new ArrayList<>();
        for (String name : names(owner, folder, index)) {
            try (InputStream in = owner.getResourceAsStream(folder + name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is listed in " + folder + index + " but missing");
                }
                out.add(reader.readOne(name, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The file names an index lists, in order. */
    public static List<String> names(Class<?> owner, String folder, String index) {
        requireNonNull(owner, "owner");
        try (InputStream in = owner.getResourceAsStream(folder + index)) {
            if (in == null) {
                throw new IllegalStateException("no index " + folder + index);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
