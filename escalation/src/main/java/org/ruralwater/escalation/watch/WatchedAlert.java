package org.ruralwater.escalation.watch;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.ruralwater.qualityrules.alert.Alert;

/**
 * An alert as the watch sees it.
 *
 * @param resolvedBy the id of the first later sample that resolved it, if any
 * @param link the code of the link that raised it
 */
public record WatchedAlert(Alert alert, AlertStatus status, Optional<String> resolvedBy, String link) {

    public WatchedAlert {
        requireNonNull(alert, "alert");
        requireNonNull(status, "status");
        requireNonNull(resolvedBy, "resolvedBy");
        requireNonNull(link, "link");
    }
}
