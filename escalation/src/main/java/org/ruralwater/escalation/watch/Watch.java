package org.ruralwater.escalation.watch;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.ruralwater.assurance.monitoring.DeadlineRules;
import org.ruralwater.assurance.monitoring.Signal;
import org.ruralwater.assurance.monitoring.SignalKind;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.RefusalException;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.WorksId;
import org.ruralwater.escalation.links.AlertToTicket;
import org.ruralwater.escalation.links.Links;
import org.ruralwater.escalation.wording.EscalationWords;
import org.ruralwater.qualityrules.alert.Alert;
import org.ruralwater.qualityrules.alert.AlertPolicy;
import org.ruralwater.qualityrules.alert.Alerts;
import org.ruralwater.qualityrules.evaluation.DeterminationVerdict;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.Sample;

/**
 * The links at work: over a county's samples and works as of a time, which alerts stand and which a later
 * sample resolved, which overdue alerts became tickets and whether each has the re-test its closing needs, and
 * the risk signals of failed samples.
 *
 * <p>An alert is resolved by the first later sample at the same works in which what it was about complies: each
 * indicator it names is determined and passes (a failed indicator or a low residual), or the sample's verdict is
 * decided either way (an analysis that could not decide). A ticket is opened, at the alert's deadline plus the
 * links' grace, for an alert of a kind that escalates, at a works of the county, that no sample resolved by then;
 * it is filed under the first of the works' villages in code order. Samples taken after the watch's time, and
 * samples at points the links do not watch (raw water at the source), are not seen. Alerts of samples without a works or a time cannot be followed and stay open.
 */
public final class Watch {

    private final Links links;
    private final Evaluator evaluator;
    private final AlertPolicy policy;
    private final DeadlineRules deadlines;

    private Watch(Links links, Evaluator evaluator, AlertPolicy policy) {
        this.links = links;
        this.evaluator = evaluator;
        this.policy = policy;
        AlertToTicket t = links.alertToTicket();
        this.deadlines = new DeadlineRules(
                t.code(),
                t.source(),
                List.of(new DeadlineRules.Rule(t.rectification(), Optional.empty(), Optional.of(t.deadlineDays()))));
    }

    public static Watch of(Links links, Evaluator evaluator, AlertPolicy policy) {
        return new Watch(
                requireNonNull(links, "links"),
                requireNonNull(evaluator, "evaluator"),
                requireNonNull(policy, "policy"));
    }

    /** The links' outcome over the samples taken by {@code asOf} (and those without a time). */
    public Outcome over(Collection<Sample> samples, Collection<SupplyWorks> works, LocalDateTime asOf) {
        requireNonNull(asOf, "asOf");
        // Raw water at the source is neither an alert nor a re-test: the links watch drinking water only.
        List<Sample> seen = samples.stream()
                .filter(s -> links.sampleToAlert().watches(s.point()))
                .filter(s -> s.sampledAt().map(t -> !t.isAfter(asOf)).orElse(true))
                .toList();
        Map<String, Sample> byId = new HashMap<>();
        Map<String, SampleVerdict> verdicts = new HashMap<>();
        Map<WorksId, List<Sample>> atWorks = new HashMap<>();
        for (Sample s : seen) {
            byId.put(s.id(), s);
            verdicts.put(s.id(), evaluator.evaluate(s));
            if (s.works().isPresent() && s.sampledAt().isPresent()) {
                atWorks.computeIfAbsent(s.works().get(), k -> new ArrayList<>()).add(s);
            }
        }
        atWorks.values()
                .forEach(list ->
                        list.sort(Comparator.comparing(s -> s.sampledAt().orElseThrow())));
        Map<WorksId, SupplyWorks> county = new HashMap<>();
        works.forEach(w -> county.put(w.id(), w));

        List<WatchedAlert> watched = new ArrayList<>();
        // By works, kind and subject: the ticket standing for a problem, while no re-test has shown it fixed.
        Map<String, EscalatedTicket> tickets = new LinkedHashMap<>();
        for (Alert alert : alerts(seen, verdicts, asOf)) {
            Optional<Sample> raisedBy = alert.sampleId().map(byId::get);
            Optional<LocalDateTime> from = raisedBy.flatMap(Sample::sampledAt);
            List<Sample> later =
                    alert.works().map(w -> atWorks.getOrDefault(w, List.of())).orElse(List.of());
            Optional<Sample> resolving = from.flatMap(t -> firstResolving(alert, later, t, verdicts));
            AlertToTicket link = links.alertToTicket();
            Optional<LocalDateTime> escalateAt = alert.dueBy().map(d -> d.plusHours(link.graceHours()));
            boolean late = escalateAt.isPresent()
                    && asOf.isAfter(escalateAt.get())
                    && resolving
                            .map(r -> r.sampledAt().orElseThrow().isAfter(escalateAt.get()))
                            .orElse(true);
            AlertStatus status =
                    resolving.isPresent() ? AlertStatus.RESOLVED : late ? AlertStatus.OVERDUE : AlertStatus.OPEN;
            watched.add(new WatchedAlert(
                    alert,
                    status,
                    resolving.map(Sample::id),
                    links.sampleToAlert().code()));
            Optional<SupplyWorks> where = alert.works().map(county::get);
            if (late
                    && link.escalates(alert.kind())
                    && where.isPresent()
                    && !where.get().villages().isEmpty()) {
                String problem = where.get().id().value() + "|" + alert.kind().code() + "|" + alert.subject();
                EscalatedTicket standing = tickets.get(problem);
                String sample = alert.sampleId().orElseThrow();
                if (standing != null && !fixedBefore(standing, from.orElseThrow(), byId)) {
                    tickets.put(problem, standing.alsoFor(sample));
                } else {
                    // A problem fixed and back again is a new ticket; the ledger's recurrence query sees both.
                    tickets.put(
                            standing == null ? problem : problem + "|" + sample,
                            ticket(alert, where.get(), escalateAt.get(), later, verdicts));
                }
            }
        }
        List<EscalatedTicket> opened = new ArrayList<>(tickets.values());
        opened.sort(Comparator.comparing(t -> t.ticket().id()));
        return new Outcome(asOf, watched, opened, signals(seen, verdicts, county));
    }

    /**
     * Closes (销号) a verified ticket the links opened: with the ledger's evidence, and, if the links ask, only
     * when a passing re-test was taken after it was opened.
     *
     * @throws RefusalException when the re-test the links ask for is missing
     */
    public Ticket close(Ticket verified, EscalatedTicket raised, LocalDateTime at, String by, String evidence) {
        requireNonNull(verified, "verified");
        requireNonNull(raised, "raised");
        if (!links.ticketClosing().passingRetest()) {
            return verified.close(at, by, evidence);
        }
        if (raised.passingRetest().isEmpty()) {
            throw new RefusalException(Phrase.of(
                    EscalationWords.NO_PASSING_RETEST,
                    verified.id(),
                    raised.alert().subject(),
                    verified.subject(),
                    verified.openedAt().toString()));
        }
        return verified.close(
                at,
                by,
                Phrase.of(
                                EscalationWords.RETEST_EVIDENCE,
                                evidence,
                                raised.passingRetest().get())
                        .toString());
    }

    /** Whether the ticket's re-test was taken before {@code failedAt}: a failure after it is a new problem. */
    private static boolean fixedBefore(EscalatedTicket t, LocalDateTime failedAt, Map<String, Sample> byId) {
        return t.passingRetest()
                .map(id -> byId.get(id).sampledAt().orElseThrow().isBefore(failedAt))
                .orElse(false);
    }

    /** Quality-rules' alerts of the failed samples, and the links' own for the indeterminate ones, as the links ask. */
    private List<Alert> alerts(List<Sample> samples, Map<String, SampleVerdict> verdicts, LocalDateTime asOf) {
        List<Alert> out = new ArrayList<>();
        if (links.sampleToAlert().raisesOn(Verdict.FAIL)) {
            out.addAll(Alerts.of(evaluator, policy).raise(samples, asOf));
        }
        if (links.sampleToAlert().raisesOn(Verdict.INDETERMINATE)) {
            for (Sample s : samples) {
                SampleVerdict v = verdicts.get(s.id());
                if (v.verdict() == Verdict.INDETERMINATE) {
                    out.add(furtherAnalysis(s, v));
                }
            }
        }
        out.sort(Comparator.comparing((Alert a) -> a.dueBy().orElse(LocalDateTime.MAX))
                .thenComparing(a -> a.works().map(WorksId::value).orElse(""))
                .thenComparing(Alert::subject)
                .thenComparing(a -> a.sampleId().orElse("")));
        return out;
    }

    private Alert furtherAnalysis(Sample s, SampleVerdict v) {
        TreeSet<String> undecided = new TreeSet<>(v.missingIndicators());
        for (DeterminationVerdict d : v.determinations()) {
            if (d.verdict() == Verdict.INDETERMINATE) {
                undecided.add(d.indicator());
            }
        }
        String subject = String.join(";", undecided);
        int hours = links.sampleToAlert().furtherAnalysisHours();
        return new Alert(
                Alert.Kind.FURTHER_ANALYSIS,
                s.works(),
                Optional.of(s.id()),
                subject,
                Phrase.of(EscalationWords.FURTHER_ANALYSIS, s.id(), s.point().code(), subject, Integer.toString(hours)),
                s.sampledAt().map(t -> t.plusHours(hours)),
                links.sampleToAlert().code() + ": " + links.sampleToAlert().source());
    }

    /** The first sample at the works after {@code after} in which what the alert was about is settled. */
    private static Optional<Sample> firstResolving(
            Alert alert, List<Sample> atWorks, LocalDateTime after, Map<String, SampleVerdict> verdicts) {
        for (Sample s : atWorks) {
            if (s.sampledAt().orElseThrow().isAfter(after) && resolves(alert, verdicts.get(s.id()))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static boolean resolves(Alert alert, SampleVerdict v) {
        if (alert.kind() == Alert.Kind.FURTHER_ANALYSIS) {
            return v.verdict() != Verdict.INDETERMINATE;
        }
        if (alert.kind() == Alert.Kind.PASS_RATE_BELOW_TARGET) {
            return false; // a rate over a window: no one sample settles it
        }
        List<String> failing = v.failingIndicators();
        boolean passedOne = false;
        for (String indicator : alert.subject().split(";")) {
            if (failing.contains(indicator)) {
                return false;
            }
            passedOne |= v.determinations().stream()
                    .anyMatch(d -> d.indicator().equals(indicator) && d.verdict() == Verdict.PASS);
        }
        return passedOne;
    }

    private EscalatedTicket ticket(
            Alert alert,
            SupplyWorks works,
            LocalDateTime openedAt,
            List<Sample> atWorks,
            Map<String, SampleVerdict> verdicts) {
        AlertToTicket link = links.alertToTicket();
        String sample = alert.sampleId().orElseThrow();
        RegionCode village = new TreeSet<>(works.villages()).first();
        String description = Phrase.of(
                        EscalationWords.TICKET_FROM_ALERT,
                        alert.kind().code(),
                        alert.subject(),
                        works.id().value(),
                        alert.dueBy().orElseThrow().toString(),
                        sample,
                        alert.message())
                .toString();
        Ticket ticket = Ticket.open(
                "WQ-" + sample + "-" + alert.kind().code() + "-" + alert.subject(),
                link.problem(),
                works.id().value(),
                village,
                link.rectification(),
                deadlines,
                openedAt,
                "escalation:" + link.code(),
                description);
        Optional<String> retest =
                firstResolving(alert, atWorks, openedAt, verdicts).map(Sample::id);
        return new EscalatedTicket(ticket, alert, List.of(sample), retest, link.code());
    }

    /** One signal per village a failed sample's works serves. */
    private List<Signal> signals(
            List<Sample> samples, Map<String, SampleVerdict> verdicts, Map<WorksId, SupplyWorks> county) {
        List<Signal> out = new ArrayList<>();
        String channel = links.qualityToScreening().channel();
        for (Sample s : samples) {
            SampleVerdict v = verdicts.get(s.id());
            Optional<SupplyWorks> works = s.works().map(county::get);
            if (v.verdict() != Verdict.FAIL || works.isEmpty() || s.sampledAt().isEmpty()) {
                continue;
            }
            String note = Phrase.of(
                            EscalationWords.SIGNAL_FROM_SAMPLE,
                            s.id(),
                            works.get().id().value(),
                            String.join(", ", v.failingIndicators()))
                    .toString();
            for (RegionCode village : new TreeSet<>(works.get().villages())) {
                out.add(new Signal(
                        works.get().id().value(),
                        village,
                        SignalKind.QUALITY_FAILED,
                        s.sampledAt().get(),
                        Optional.empty(),
                        channel,
                        note));
            }
        }
        out.sort(Comparator.comparing(Signal::at)
                .thenComparing(g -> g.village().value())
                .thenComparing(Signal::subject)
                .thenComparing(Signal::note));
        return out;
    }
}
