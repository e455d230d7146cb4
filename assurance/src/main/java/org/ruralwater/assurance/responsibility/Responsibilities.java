package org.ruralwater.assurance.responsibility;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.staff.WaterManager;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.WorksId;

/** Finds the gaps in a county's responsible persons and water managers. */
public final class Responsibilities {

    /**
     * From which size a works must publish its responsible persons' phones on a board (Xiapu county, Fujian:
     * responsible persons, service and supervision phones at works serving 1,000 people or more, medium).
     */
    static final int PUBLISHED_PHONE_FROM_PEOPLE = 1000;

    private Responsibilities() {}

    /**
     * Every gap, works first (in the county's order, role by role) then villages: a missing responsible
     * person, a missing phone at a works serving 1,000 people or more, a village no water manager looks after
     * (at least one per administrative village, ../shared/domain-assurance.md §5).
     *
     * @throws IllegalArgumentException when a person names a works the county does not have
     */
    public static List<Gap> gaps(County county, List<ResponsiblePerson> persons) {
        requireNonNull(county, "county");
        Map<WorksId, Map<Role, ResponsiblePerson>> named = new HashMap<>();
        for (ResponsiblePerson p : persons) {
            if (county.works(p.works()).isEmpty()) {
                throw new IllegalArgumentException(
                        p.name() + " is named for works " + p.works() + ", which the county does not have");
            }
            named.computeIfAbsent(p.works(), k -> new HashMap<>()).putIfAbsent(p.role(), p);
        }
        List<Gap> out = new ArrayList<>();
        for (SupplyWorks w : county.works()) {
            Map<Role, ResponsiblePerson> mine = named.getOrDefault(w.id(), Map.of());
            for (Role r : EnumSet.allOf(Role.class)) {
                ResponsiblePerson p = mine.get(r);
                if (p == null) {
                    out.add(new Gap(
                            Gap.Kind.WORKS_WITHOUT_RESPONSIBLE_PERSON,
                            w.id().value(),
                            w.name() + " names no " + r.code() + " person"));
                } else if (p.phone().isEmpty() && w.peopleServed() >= PUBLISHED_PHONE_FROM_PEOPLE) {
                    out.add(new Gap(
                            Gap.Kind.NO_PUBLISHED_PHONE,
                            w.id().value(),
                            w.name() + " serves " + w.peopleServed() + " people but its "
                                    + r.code() + " person " + p.name()
                                    + " has no published phone"));
                }
            }
        }
        Set<RegionCode> looked = new HashSet<>();
        for (WaterManager m : county.waterManagers()) {
            looked.addAll(m.villages());
        }
        for (Village v : county.villages()) {
            if (!looked.contains(v.code())) {
                out.add(new Gap(
                        Gap.Kind.VILLAGE_WITHOUT_MANAGER, v.code().value(), v.name() + " has no water manager"));
            }
        }
        return out;
    }
}
