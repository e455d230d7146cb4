package org.ruralwater.escalation.watch;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.qualityrules.alert.Alert;

/**
 * A problem ticket opened for an overdue alert, as it was opened.
 *
 * @param alert the alert it was opened for
 * @param samples the failed samples it stands for: the alert's, then those of later alerts about the same thing at
 *     the same works raised before it was fixed (consecutive failures are one problem, not one ticket each)
 * @param passingRetest the id of the first sample taken after the ticket was opened that resolves the alert:
 *     the re-test its closing needs, if the links ask for one
 * @param link the code of the link that opened it
 */
public record EscalatedTicket(
        Ticket ticket, Alert alert, List<String> samples, Optional<String> passingRetest, String link) {

    public EscalatedTicket {
        requireNonNull(ticket, "ticket");
        requireNonNull(alert, "alert");
        samples = List.copyOf(samples);
        requireNonNull(passingRetest, "passingRetest");
        requireNonNull(link, "link");
    }

    /** The same ticket standing for one more failed sample too. */
    EscalatedTicket alsoFor(String sample) {
        List<String> more = new ArrayList<>(samples);
        more.add(sample);
        return new EscalatedTicket(ticket, alert, more, passingRetest, link);
    }
}
