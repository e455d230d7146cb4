package org.ruralwater.core.staff;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;

/** A village water manager (管水员): a local person who looks after the water of one or more villages. */
public record WaterManager(PersonId id, String name, List<RegionCode> villages, List<Skill> skills) {

    public WaterManager {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        villages = List.copyOf(villages);
        skills = List.copyOf(skills);
        if (villages.isEmpty()) {
            throw new IllegalArgumentException("water manager " + id + " looks after no village");
        }
        for (RegionCode v : villages) {
            if (v.level() != RegionLevel.VILLAGE) {
                throw new IllegalArgumentException(
                        "water manager " + id + " lists " + v + " as a village, but it is a " + v.level() + " code");
            }
        }
    }
}
