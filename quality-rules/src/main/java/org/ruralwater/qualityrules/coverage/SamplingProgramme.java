package org.ruralwater.qualityrules.coverage;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ruralwater.core.datafile.JsonReader;

/**
 * The minimum sampling frequencies an agency holds its works to, as data. {@link #bundled()} is the rural
 * programme from GB/T 43824-2024 (as summarised, low confidence) and health-department surveillance
 * (medium); an agency replaces it with its own file.
 */
public record SamplingProgramme(String id, String title, String source, List<FrequencyRule> rules) {

    private static final String BUNDLED = "/org/ruralwater/qualityrules/coverage/cn-rural-sampling.json";
    private static final JsonReader<SamplingProgramme> READER = JsonReader.forRecord(SamplingProgramme.class);

    public SamplingProgramme {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(source, "source");
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (FrequencyRule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("rule id " + r.id() + " is used twice");
            }
        }
    }

    public static SamplingProgramme bundled() {
        try (InputStream in = SamplingProgramme.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing " + BUNDLED);
            }
            return READER.readOne("cn-rural-sampling.json", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A programme from an agency's file; every problem is reported at once. */
    public static SamplingProgramme read(Path file) {
        return READER.readOne(file);
    }
}
