package org.ruralwater.maintenance.workorder;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.List;
import org.ruralwater.core.region.RegionCode;

/** A planned interruption of supply (计划停水) and when the affected villages were told. */
public record PlannedOutage(
        String id, List<RegionCode> villages, LocalDateTime start, LocalDateTime end, LocalDateTime noticeGivenAt) {

    public PlannedOutage {
        requireNonNull(id, "id");
        villages = List.copyOf(villages);
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        requireNonNull(noticeGivenAt, "noticeGivenAt");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("outage " + id + " ends at " + end + ", not after its start " + start);
        }
    }
}
