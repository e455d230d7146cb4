package org.ruralwater.core.household;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.works.WorksId;

/**
 * A household: where it lives, who supplies it, how many people it has and how it takes water.
 *
 * @param works the works that supplies it; empty for a household that fetches water itself
 * @param meter the household's water meter; empty when unmetered
 */
public record Household(
        HouseholdId id,
        RegionCode village,
        Optional<WorksId> works,
        @Within(min = "1", max = "50") int members,
        Connection connection,
        Optional<MeterId> meter) {

    /** A household of more than 50 is a typing error, not a family (ruralwater's bound). */
    private static final Range MEMBERS = Range.of(Household.class, "members");

    public Household {
        requireNonNull(id, "id");
        requireNonNull(village, "village");
        requireNonNull(works, "works");
        requireNonNull(connection, "connection");
        requireNonNull(meter, "meter");
        if (village.level() != RegionLevel.VILLAGE) {
            throw new IllegalArgumentException("household " + id + " lives in " + village + ", which is a "
                    + village.level() + " code, not a village");
        }
        if (members < 1) {
            throw new IllegalArgumentException(
                    "household " + id + " must have at least one member, but has " + members);
        }
        MEMBERS.check(CoreWords.MEMBERS_OF_HOUSEHOLD, id, members);
        if (meter.isPresent() && connection == Connection.NONE) {
            throw new IllegalArgumentException("household " + id + " has meter " + meter.get() + " but no connection");
        }
    }
}
