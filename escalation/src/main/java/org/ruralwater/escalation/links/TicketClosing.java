package org.ruralwater.escalation.links;

import static java.util.Objects.requireNonNull;

/**
 * What closing (销号) a ticket raised from a sample needs besides the ledger's evidence: with {@code passingRetest},
 * a sample at the same works, taken after the ticket was opened, in which what failed now complies.
 */
public record TicketClosing(String code, boolean passingRetest, String source, String confidence) {

    public TicketClosing {
        requireNonNull(code, "code");
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
    }
}
