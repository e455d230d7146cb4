package org.ruralwater.maintenance.plan;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ruralwater.core.datafile.JsonReader;

/**
 * A preventive-maintenance catalogue: the plans per asset type and scale class, the meter-life rules and the
 * county's flood season, each with its source. An agency copies the bundled file and changes what its
 * province rules differently.
 *
 * @param defaultAnchor where fixed calendar plans start for assets without a commissioning date
 */
public record Catalogue(
        String id,
        String source,
        FloodSeason floodSeason,
        LocalDate defaultAnchor,
        List<PlanTemplate> plans,
        List<MeterLifeRule> meterRules) {

    private static final JsonReader<Catalogue> READER = JsonReader.forRecord(Catalogue.class);

    public Catalogue {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(floodSeason, "floodSeason");
        requireNonNull(defaultAnchor, "defaultAnchor");
        plans = List.copyOf(plans);
        meterRules = List.copyOf(meterRules);
        Set<String> ids = new HashSet<>();
        for (PlanTemplate p : plans) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("catalogue " + id + " has plan " + p.id() + " twice");
            }
        }
        for (MeterLifeRule r : meterRules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("catalogue " + id + " has rule " + r.id() + " twice");
            }
        }
    }

    /** The ids of its plans and then of its meter rules: the ids a task's {@code plan} names. */
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        plans.forEach(p -> out.add(p.id()));
        meterRules.forEach(r -> out.add(r.id()));
        return List.copyOf(out);
    }

    /** The plan with that id. */
    public Optional<PlanTemplate> plan(String id) {
        requireNonNull(id, "id");
        return plans.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The meter rule with that id. */
    public Optional<MeterLifeRule> meterRule(String id) {
        requireNonNull(id, "id");
        return meterRules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The bundled catalogue for Chinese rural works (see the file for each plan's source and confidence). */
    public static Catalogue chinaRural() {
        String name = "cn-rural-maintenance.json";
        try (InputStream in = Catalogue.class.getResourceAsStream("/org/ruralwater/maintenance/plan/" + name)) {
            return READER.readOne(name, requireNonNull(in, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an agency's catalogue, reporting every problem with its line and column. */
    public static Catalogue read(Path file) {
        return READER.readOne(file);
    }
}
