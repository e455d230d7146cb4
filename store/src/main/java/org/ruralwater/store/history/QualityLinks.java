package org.ruralwater.store.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.assurance.monitoring.Signal;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.escalation.links.Links;
import org.ruralwater.escalation.watch.EscalatedTicket;
import org.ruralwater.escalation.watch.Outcome;
import org.ruralwater.escalation.watch.Watch;
import org.ruralwater.qualityrules.alert.AlertPolicy;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.store.quality.QualityRecords;

/**
 * Escalation's links over a year's samples of finished water, as of the end of the year of the last of them (so
 * the same samples give the same outcome whenever they are read): the risk signals of the failed samples, and
 * the water-quality tickets opened for the alerts no re-test resolved in time.
 *
 * <p>Only the samples at the works' outlet and at the tap are watched: raw water at the source is not held to
 * the drinking-water limits (the demo's source samples are turbid most weeks, and the treatment is there to
 * clear that), and escalation's watch would raise an alert and a ticket for every one of them.
 */
final class QualityLinks {

    private QualityLinks() {}

    static Outcome outcome(Collection<Sample> all, Collection<SupplyWorks> works, Evaluator evaluator) {
        List<Sample> samples = all.stream()
                .filter(s -> QualityRecords.FINISHED_WATER.contains(s.point()))
                .toList();
        LocalDateTime asOf = samples.stream()
                .flatMap(s -> s.sampledAt().stream())
                .max(LocalDateTime::compareTo)
                .map(t -> LocalDate.of(t.getYear(), 12, 31).atTime(23, 59))
                .orElse(LocalDateTime.MIN);
        return Watch.of(Links.bundled(), evaluator, AlertPolicy.DEFAULT).over(samples, works, asOf);
    }

    /** The signals the links raise for the samples' failures, for the villages their works serve. */
    static List<Signal> signals(List<Located<Sample>> samples, Collection<SupplyWorks> works, Evaluator evaluator) {
        if (samples.isEmpty()) {
            return List.of();
        }
        return outcome(samples.stream().map(Located::value).toList(), works, evaluator)
                .signals();
    }

    /**
     * The water-quality tickets the links open for the samples, each taken as far through its lifecycle as the
     * year allows: one with a passing re-test is assigned to the works' township station and rectified at once,
     * verified when the re-test is in, and closed (销号) with the re-test as its evidence (through the links'
     * own closing rule); one without stays assigned and overdue.
     */
    static List<Ticket> tickets(Collection<Sample> samples, Collection<SupplyWorks> works, Evaluator evaluator) {
        Outcome outcome = outcome(samples, works, evaluator);
        Map<String, Sample> byId = new HashMap<>();
        samples.forEach(s -> byId.put(s.id(), s));
        Watch watch = Watch.of(Links.bundled(), evaluator, AlertPolicy.DEFAULT);
        LocalDateTime end = outcome.asOf();
        List<Ticket> out = new ArrayList<>();
        for (EscalatedTicket e : outcome.tickets()) {
            Ticket t = e.ticket();
            LocalDateTime opened = t.openedAt();
            String station = "乡镇水利站";
            if (opened.plusHours(2).isBefore(end)) {
                t = t.assign(opened.plusHours(2), station);
            }
            Optional<LocalDateTime> retest = e.passingRetest().map(byId::get).flatMap(Sample::sampledAt);
            if (retest.isPresent() && opened.plusHours(4).isBefore(end)) {
                t = t.startRectifying(opened.plusHours(4), station, "清洗水池、调整消毒并复检");
                LocalDateTime verified =
                        retest.get().isAfter(opened.plusHours(5)) ? retest.get().plusHours(2) : opened.plusHours(6);
                if (verified.plusHours(3).isBefore(end)) {
                    t = t.verify(verified, "县水利局", "复检合格，现场核查已整改");
                    t = watch.close(t, e, verified.plusHours(3), "县水利局", "复检报告");
                }
            }
            out.add(t);
        }
        return out;
    }
}
