package org.ruralwater.webapp.safewater;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.county.County;
import org.ruralwater.escalation.links.Links;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.quality.QualityRecords;
import org.ruralwater.store.quality.StoredSample;

/**
 * The re-test escalation's closing link asks of a water-quality ticket before it is closed (销号): a sample at the
 * ticket's works, taken after the ticket was opened, that quality-rules judged a pass when it was stored. A
 * ticket needs one when the links ask for a passing re-test and it is a problem of the type the links open
 * (水质较差) about a works of the county; any other ticket closes with the ledger's evidence alone.
 */
final class Retests {

    /** How far after a ticket's opening its re-test is looked for: the store's samples are read month by month. */
    private static final int MONTHS_LOOKED = 24;

    private final QualityRecords quality;
    private final Links links;

    Retests(QualityRecords quality, Links links) {
        this.quality = quality;
        this.links = links;
    }

    /** Whether closing the ticket needs a passing re-test. */
    boolean needed(Ticket ticket, County county) {
        return links.ticketClosing().passingRetest()
                && ticket.type() == links.alertToTicket().problem()
                && county.works().stream().anyMatch(w -> w.id().value().equals(ticket.subject()));
    }

    /** The samples within the scope that may serve as the ticket's re-test, oldest first. */
    List<StoredSample> candidates(Scope scope, Ticket ticket, LocalDate today) {
        List<StoredSample> out = new ArrayList<>();
        YearMonth last = YearMonth.from(today);
        YearMonth m = YearMonth.from(ticket.openedAt());
        for (int i = 0; i < MONTHS_LOOKED && !m.isAfter(last); i++, m = m.plusMonths(1)) {
            for (StoredSample s : quality.samples(scope, m)) {
                if (s.works().equals(Optional.of(ticket.subject()))
                        && s.sampledAt().isAfter(ticket.openedAt())
                        && s.verdict() == Verdict.PASS) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The links' code of the closing rule, as a refusal cites it. */
    Links links() {
        return links;
    }
}
