package org.ruralwater.maintenance.schedule;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.staff.Crew;
import org.ruralwater.core.staff.Skill;
import org.ruralwater.core.staff.WaterManager;

/**
 * Someone the scheduler can give work to: a crew of the county operator, or a village water manager who
 * works only in the villages he looks after.
 *
 * @param base where the working day starts and ends: a crew's township (or county), a manager's first
 *     village
 * @param villages the villages the worker may work in; empty for anywhere
 * @param shiftStart when the working day starts
 * @param shiftMinutes how long it lasts, travel included
 * @param leave days off beyond the work calendar's rest days and holidays
 */
public record Worker(
        String id,
        String name,
        Kind kind,
        Set<Skill> skills,
        RegionCode base,
        Set<RegionCode> villages,
        LocalTime shiftStart,
        int shiftMinutes,
        Set<LocalDate> leave) {

    public enum Kind implements Coded {
        CREW,
        WATER_MANAGER
    }

    public Worker {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        skills = Set.copyOf(skills);
        requireNonNull(base, "base");
        villages = Set.copyOf(villages);
        requireNonNull(shiftStart, "shiftStart");
        leave = Set.copyOf(leave);
        if (shiftMinutes <= 0 || shiftMinutes > 24 * 60) {
            throw new IllegalArgumentException(
                    "worker " + id + " needs a shift of 1 to 1440 minutes, but has " + shiftMinutes);
        }
    }

    /** A crew working 08:30 to 17:30 minus an hour's break: 480 minutes. */
    public static Worker crew(Crew crew, Set<LocalDate> leave) {
        return new Worker(
                crew.id().value(),
                crew.name(),
                Kind.CREW,
                Set.copyOf(crew.skills()),
                crew.base(),
                Set.of(),
                LocalTime.of(8, 30),
                480,
                leave);
    }

    /** A water manager, part-time: four hours from 08:00, in his own villages. */
    public static Worker waterManager(WaterManager manager, Set<LocalDate> leave) {
        return new Worker(
                manager.id().value(),
                manager.name(),
                Kind.WATER_MANAGER,
                Set.copyOf(manager.skills()),
                manager.villages().get(0),
                Set.copyOf(manager.villages()),
                LocalTime.of(8, 0),
                240,
                leave);
    }

    /** The skills a job needs that this worker lacks. */
    List<Skill> missing(Set<Skill> needed) {
        return needed.stream().filter(s -> !skills.contains(s)).sorted().toList();
    }

    boolean mayWorkIn(RegionCode village) {
        return villages.isEmpty() || villages.contains(village);
    }
}
