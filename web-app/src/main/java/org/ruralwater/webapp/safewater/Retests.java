package org.ruralwater.webapp.safewater;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.county.County;
import org.ruralwater.escalation.links.Links;
import org.ruralwater.escalation.watch.EscalatedTicket;
import org.ruralwater.escalation.watch.Watch;
import org.ruralwater.qualityrules.alert.AlertPolicy;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.history.HistoryRecords;
import org.ruralwater.store.quality.QualityRecords;
import org.ruralwater.store.quality.StoredSample;

/**
 * The re-test escalation's closing link asks of a water-quality ticket before it is closed (销号). A ticket needs
 * one when the links ask for a passing re-test and it is a problem of the type the links open (水质较差) about a
 * works of the county; any other ticket closes with the ledger's evidence alone.
 *
 * <p>A ticket the links opened is found again by escalation's {@link Watch} over the store's samples of finished
 * water at its works (as the history import opened it), and its re-test is the watch's: the first later sample
 * in which what failed complies, closed through {@link Watch#close}. A 水质较差 ticket reported by hand has no
 * alert behind it; its re-test is a sample at the works, taken after it was reported, that quality-rules judged
 * a pass when it was stored.
 */
final class Retests {

    /** How far after a ticket's opening its re-test is looked for: the store's samples are read month by month. */
    private static final int MONTHS_LOOKED = 24;

    private final QualityRecords quality;
    private final Links links;
    private final Evaluator evaluator = HistoryRecords.Rules.bundled().evaluator();

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

    /** The links' ticket as the watch opens it again over the store's samples, when the links opened it. */
    Optional<EscalatedTicket> raised(Scope scope, Ticket ticket, County county, LocalDateTime now) {
        YearMonth from = YearMonth.from(ticket.openedAt()).minusMonths(1);
        YearMonth to = YearMonth.from(now);
        if (to.isAfter(from.plusMonths(MONTHS_LOOKED))) {
            to = from.plusMonths(MONTHS_LOOKED);
        }
        List<Sample> samples = quality.taken(scope, from, to).stream()
                .filter(s ->
                        s.works().map(w -> w.value().equals(ticket.subject())).orElse(false))
                .filter(s -> QualityRecords.FINISHED_WATER.contains(s.point()))
                .toList();
        if (samples.isEmpty()) {
            return Optional.empty();
        }
        return watch().over(samples, county.works(), now).tickets().stream()
                .filter(e -> e.ticket().id().equals(ticket.id()))
                .findFirst();
    }

    Watch watch() {
        return Watch.of(links, evaluator, AlertPolicy.DEFAULT);
    }

    /** The samples within the scope that may serve as the ticket's re-test, oldest first. */
    List<String> candidates(Scope scope, Ticket ticket, County county, LocalDateTime now) {
        Optional<EscalatedTicket> raised = raised(scope, ticket, county, now);
        if (raised.isPresent()) {
            return raised.get().passingRetest().map(List::of).orElse(List.of());
        }
        List<String> out = new ArrayList<>();
        YearMonth last = YearMonth.from(now);
        YearMonth m = YearMonth.from(ticket.openedAt());
        for (int i = 0; i < MONTHS_LOOKED && !m.isAfter(last); i++, m = m.plusMonths(1)) {
            for (StoredSample s : quality.samples(scope, m)) {
                if (s.works().equals(Optional.of(ticket.subject()))
                        && s.sampledAt().isAfter(ticket.openedAt())
                        && s.verdict() == Verdict.PASS) {
                    out.add(s.id());
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
