package org.ruralwater.core.staff;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ruralwater.core.region.RegionCode;

/**
 * A maintenance crew of the county operator.
 *
 * @param base the township or county where the crew starts its day
 */
public record Crew(CrewId id, String name, RegionCode base, int members, List<Skill> skills) {

    public Crew {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(base, "base");
        skills = List.copyOf(skills);
        if (members < 1) {
            throw new IllegalArgumentException("crew " + id + " needs at least one member, but has " + members);
        }
    }
}
