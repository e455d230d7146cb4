package org.ruralwater.assurance.responsibility;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.ruralwater.core.datafile.JsonReader;

/**
 * A county's norms for its water managers: yearly training sessions (concentrated at county level, dispersed
 * at township level), whether a certificate (上岗证) is required, and the user-satisfaction floor below which
 * a 基本合格 manager becomes 不合格. All local: no national norm was found.
 *
 * @param satisfactionFloor percent; empty when the county has not set one
 */
public record ManagerNorms(
        String id,
        String source,
        int concentratedSessions,
        int dispersedSessions,
        boolean certificateRequired,
        Optional<BigDecimal> satisfactionFloor) {

    private static final JsonReader<ManagerNorms> READER = JsonReader.forRecord(ManagerNorms.class);

    public ManagerNorms {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(satisfactionFloor, "satisfactionFloor");
        if (concentratedSessions < 0 || dispersedSessions < 0) {
            throw new IllegalArgumentException("norms " + id + ": session counts cannot be negative");
        }
    }

    /** The example from a published local rule: 1 concentrated and 10 dispersed sessions, a certificate. */
    public static ManagerNorms example() {
        String name = "cn-manager-norms-example.json";
        try (InputStream in =
                ManagerNorms.class.getResourceAsStream("/org/ruralwater/assurance/responsibility/" + name)) {
            return READER.readOne(name, requireNonNull(in, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ManagerNorms read(Path file) {
        return READER.readOne(file);
    }
}
