package org.ruralwater.maintenance.workorder;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Optional;
import org.ruralwater.core.region.RegionCode;

/**
 * A breakdown to repair: what, where, how serious, reported when and by whom, and when the crew arrived and
 * finished. Values only: arriving or finishing gives a new work order.
 *
 * @param target the asset id (or meter id) that failed
 * @param severity a tier of the county's {@link ResponseCommitments}, such as {@code minor}
 */
public record WorkOrder(
        String id,
        String target,
        RegionCode village,
        String severity,
        Origin origin,
        LocalDateTime reportedAt,
        String reporter,
        String description,
        Optional<LocalDateTime> onSiteAt,
        Optional<LocalDateTime> repairedAt) {

    public WorkOrder {
        requireNonNull(id, "id");
        requireNonNull(target, "target");
        requireNonNull(village, "village");
        requireNonNull(severity, "severity");
        requireNonNull(origin, "origin");
        requireNonNull(reportedAt, "reportedAt");
        requireNonNull(reporter, "reporter");
        requireNonNull(description, "description");
        requireNonNull(onSiteAt, "onSiteAt");
        requireNonNull(repairedAt, "repairedAt");
        onSiteAt.ifPresent(t -> {
            if (t.isBefore(reportedAt)) {
                throw new IllegalArgumentException("work order " + id + " has the crew on site at " + t
                        + ", before it was reported at " + reportedAt);
            }
        });
        repairedAt.ifPresent(t -> {
            if (t.isBefore(reportedAt)) {
                throw new IllegalArgumentException(
                        "work order " + id + " was repaired at " + t + ", before it was reported at " + reportedAt);
            }
        });
    }

    /** A newly reported breakdown. */
    public static WorkOrder reported(
            String id,
            String target,
            RegionCode village,
            String severity,
            Origin origin,
            LocalDateTime at,
            String reporter,
            String description) {
        return new WorkOrder(
                id, target, village, severity, origin, at, reporter, description, Optional.empty(), Optional.empty());
    }

    public WorkOrder arrived(LocalDateTime at) {
        return new WorkOrder(
                id, target, village, severity, origin, reportedAt, reporter, description, Optional.of(at), repairedAt);
    }

    /** Repaired; a crew that repaired it was on site, so the arrival is set too when it was not recorded. */
    public WorkOrder repaired(LocalDateTime at) {
        return new WorkOrder(
                id,
                target,
                village,
                severity,
                origin,
                reportedAt,
                reporter,
                description,
                Optional.of(onSiteAt.orElse(at)),
                Optional.of(at));
    }

    public boolean isOpen(LocalDateTime at) {
        return !reportedAt.isAfter(at) && repairedAt.map(r -> r.isAfter(at)).orElse(true);
    }
}
