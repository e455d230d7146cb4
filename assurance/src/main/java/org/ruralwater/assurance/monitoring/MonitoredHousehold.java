package org.ruralwater.assurance.monitoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.region.RegionCode;

/** A household under monitoring, from when, and until its risk was judged eliminated (风险消除), if it was. */
public record MonitoredHousehold(
        HouseholdId household, RegionCode village, MonitoringGroup group, LocalDate since, Optional<LocalDate> exited) {

    public MonitoredHousehold {
        requireNonNull(household, "household");
        requireNonNull(village, "village");
        requireNonNull(group, "group");
        requireNonNull(since, "since");
        requireNonNull(exited, "exited");
        exited.ifPresent(e -> {
            if (e.isBefore(since)) {
                throw new IllegalArgumentException(
                        "household " + household + " left monitoring on " + e + ", before it entered on " + since);
            }
        });
    }

    public boolean monitoredOn(LocalDate day) {
        return !day.isBefore(since) && exited.map(day::isBefore).orElse(true);
    }
}
