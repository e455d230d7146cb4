package org.ruralwater.billing.tariff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a tariff file's top-level keys and its components start, for the checks made after the file was
 * read (core's JSON reader keeps no places once it has built the record). Only the structure is scanned:
 * the reader has already found the file well formed.
 */
final class Places {

    private static final int[] START = {1, 1};

    private final Map<String, int[]> keys;
    private final int[][] components;

    private Places(Map<String, int[]> keys, int[][] components) {
        this.keys = keys;
        this.components = components;
    }

    static Places of(Path file, int count) {
        Map<String, int[]> keys = new HashMap<>();
        int[][] components = new int[count][];
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    keys.putIfAbsent(name, place(p.currentTokenLocation()));
                    JsonToken value = p.nextToken();
                    if (name.equals("components") && value == JsonToken.START_ARRAY) {
                        for (int i = 0; p.nextToken() == JsonToken.START_OBJECT; i++) {
                            if (i < count) {
                                components[i] = place(p.currentTokenLocation());
                            }
                            p.skipChildren();
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException e) {
            // Read once already; a place not found again is the file's start.
        }
        return new Places(keys, components);
    }

    /** Where the key is, or the file's start. */
    int[] key(String name) {
        return keys.getOrDefault(name, START);
    }

    /** Where the component's object starts, or the components key. */
    int[] component(int i) {
        return i < components.length && components[i] != null ? components[i] : key("components");
    }

    private static int[] place(JsonLocation l) {
        return new int[] {Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr())};
    }
}
