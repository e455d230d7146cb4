package org.ruralwater.webapp.quality;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.escalation.links.Links;
import org.ruralwater.escalation.watch.Outcome;
import org.ruralwater.escalation.watch.Watch;
import org.ruralwater.qualityrules.alert.AlertPolicy;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Scope;

/**
 * What the desk's pages judge with, made once: the bundled standards and their evaluators, the links and their
 * watch. The rules are quality-rules' and the escalation module's; this only keeps them.
 */
final class Judging {

    /** The standards a sample may be entered under here: China's, newest first. */
    static final List<String> STANDARDS = List.of("GB5749-2022", "GB5749-2006");

    /** The standards a stored sample is compared with, side by side. */
    static final List<String> ABROAD = List.of("WHO-GDWQ-2022", "US-EPA-NPDWR", "US-EPA-NSDWR", "EU-2020-2184");

    /** How far back the watch looks for the alerts standing now: a year of samples. */
    static final int WATCHED_MONTHS = 12;

    private final Standards standards = Standards.bundled();
    private final Links links = Links.bundled();
    private final Map<String, Evaluator> complete = new ConcurrentHashMap<>();
    private final Map<String, Evaluator> asTested = new ConcurrentHashMap<>();
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();
    private final Map<String, Watch> stored = new ConcurrentHashMap<>();
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

    /** Outcomes kept at most (a few regions' users at once); past it, all are dropped. */
    private static final int KEPT = 32;

    Standards standards() {
        return standards;
    }

    Standard standard(String id) {
        return standards.get(id);
    }

    Links links() {
        return links;
    }

    /** The evaluator the entry form shows: every determination the standard requires is asked for. */
    Evaluator complete(Standard standard) {
        return complete.computeIfAbsent(standard.id(), id -> Evaluator.of(standard));
    }

    /**
     * The evaluator a sample is stored with: what was tested is judged, as the history import judges a year's
     * samples, so that the pass rates count every sample alike.
     */
    Evaluator asTested(Standard standard) {
        return asTested.computeIfAbsent(
                standard.id(), id -> Evaluator.of(standard).asTested());
    }

    /** The links' watch over a sample being entered, judged as the form shows it. */
    Watch watch(Standard standard) {
        return watches.computeIfAbsent(standard.id(), id -> Watch.of(links, complete(standard), AlertPolicy.DEFAULT));
    }

    /**
     * The links over the store's samples in the scope of the year up to {@code asOf}, as of then; judged as
     * they were stored (what was tested), so a sample that tested only the daily indicators raises no alert
     * for what it did not test. Only the samples of {@code works} are watched when given (a sample's page).
     *
     * <p>A county's year is thousands of samples (the 40,000-household demo: 7,101, about a second to watch), so
     * the outcome is kept while the store has no newer change (its audit log's latest entry), for the minute.
     */
    Outcome watched(Store store, Scope scope, List<SupplyWorks> works, LocalDateTime asOf, Optional<String> only) {
        LocalDateTime minute = asOf.truncatedTo(ChronoUnit.MINUTES);
        String key = scope + "|" + only.orElse("") + "|" + minute + "|"
                + store.audit().latest();
        Outcome kept = outcomes.get(key);
        if (kept != null) {
            return kept;
        }
        YearMonth to = YearMonth.from(asOf);
        Watch watch = stored.computeIfAbsent(
                STANDARDS.get(0), id -> Watch.of(links, asTested(standard(id)), AlertPolicy.DEFAULT));
        List<Sample> samples = store.quality().taken(scope, to.minusMonths(WATCHED_MONTHS - 1L), to);
        if (only.isPresent()) {
            samples = samples.stream()
                    .filter(s ->
                            s.works().map(w -> w.value().equals(only.get())).orElse(false))
                    .toList();
        }
        Outcome outcome = watch.over(samples, works, minute);
        if (outcomes.size() >= KEPT) {
            outcomes.clear();
        }
        outcomes.put(key, outcome);
        return outcome;
    }
}
