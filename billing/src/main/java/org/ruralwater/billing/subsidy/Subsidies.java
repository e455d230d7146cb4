package org.ruralwater.billing.subsidy;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.datafile.JsonReader;

/** A scheme of subsidies by household category, read from a data file. */
public record Subsidies(String id, String source, List<Subsidy> subsidies) {

    private static final JsonReader<SchemeFile.Subsidies> READER = JsonReader.forRecord(SchemeFile.Subsidies.class);

    public Subsidies {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        subsidies = List.copyOf(subsidies);
        Map<String, Subsidy> seen = new HashMap<>();
        for (Subsidy s : subsidies) {
            if (seen.put(s.category(), s) != null) {
                throw new IllegalArgumentException("category " + s.category() + " has two subsidies in " + id);
            }
        }
    }

    public static Subsidies none() {
        return new Subsidies("none", "no subsidies", List.of());
    }

    /** A scheme shipped with the library, such as {@code jiangdu-2015}. */
    public static Subsidies bundled(String name) {
        String path = "/org/ruralwater/billing/subsidy/" + name + ".json";
        try (InputStream in = Subsidies.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled subsidy scheme " + name);
            }
            return READER.readOne(name + ".json", in).scheme();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Subsidies read(Path file) {
        return READER.readOne(file).scheme();
    }

    public Optional<Subsidy> forCategory(String category) {
        for (int i = 0; i < subsidies.size(); i++) { // a loop: asked twice per subsidised bill of a run
            if (subsidies.get(i).category().equals(category)) {
                return Optional.of(subsidies.get(i));
            }
        }
        return Optional.empty();
    }
}
