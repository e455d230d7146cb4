package org.ruralwater.escalation.watch;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.List;
import org.ruralwater.assurance.monitoring.Signal;

/**
 * What the links make of a county's samples as of a time: every alert with its status, the tickets opened for
 * overdue alerts, and the risk signals of failed samples for the villages their works serve. Each list is in a
 * fixed order (alerts by due time, works and subject; tickets by id; signals by time, village and works).
 */
public record Outcome(
        LocalDateTime asOf, List<WatchedAlert> alerts, List<EscalatedTicket> tickets, List<Signal> signals) {

    public Outcome {
        requireNonNull(asOf, "asOf");
        alerts = List.copyOf(alerts);
        tickets = List.copyOf(tickets);
        signals = List.copyOf(signals);
    }

    /** The alerts that stand as given. */
    public List<WatchedAlert> alerts(AlertStatus status) {
        return alerts.stream().filter(a -> a.status() == status).toList();
    }
}
