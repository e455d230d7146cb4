package org.ruralwater.cliapp.output;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.staff.Crew;
import org.ruralwater.core.staff.CrewId;
import org.ruralwater.core.staff.PersonId;
import org.ruralwater.core.staff.WaterManager;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.WorksId;

/**
 * The names a county folder gives its regions, villages, works, crews and water managers, by their ids: what
 * a table for people shows beside a code ({@code 530521 凤庆县}).
 */
final class Names {

    static final Names NONE = new Names(null);

    private final @Nullable County county;
    private final Map<Object, String> staff = new HashMap<>();

    private Names(@Nullable County county) {
        this.county = county;
        if (county != null) {
            for (Crew c : county.crews()) {
                staff.put(c.id(), c.name());
            }
            for (WaterManager m : county.waterManagers()) {
                staff.put(m.id(), m.name());
            }
        }
    }

    static Names of(County county) {
        return new Names(county);
    }

    /** The name of the id, if the county names it. */
    Optional<String> of(Object id) {
        if (county == null) {
            return Optional.empty();
        }
        if (id instanceof RegionCode code) {
            return county.village(code)
                    .map(Village::name)
                    .or(() -> county.regions().find(code).map(Region::name));
        }
        if (id instanceof WorksId works) {
            return county.works(works).map(SupplyWorks::name);
        }
        if (id instanceof CrewId || id instanceof PersonId) {
            return Optional.ofNullable(staff.get(id));
        }
        return Optional.empty();
    }
}
