package org.ruralwater.assurance.safewater;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ruralwater.assurance.wording.AssuranceWords;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.datafile.ResourceIndex;
import org.ruralwater.core.quality.QualityEvidence;
import org.ruralwater.core.suggestion.Suggestions;
import org.ruralwater.core.suggestion.UnknownIdException;
import org.ruralwater.core.wording.Phrase;

/**
 * Safe-drinking-water rule sets: T/CHES 18-2018 and provincial variants stated as differences from it, each
 * a data file; an agency adds its own. One rule set grades an observation's four indicators and gives the
 * overall verdict.
 */
public final class SafeWaterRules {

    private static final String RESOURCES = "/org/ruralwater/assurance/safewater/";
    private static final JsonReader<RuleSetFile> READER = JsonReader.forRecord(RuleSetFile.class);

    private final Map<String, RuleSetFile> sets;

    private SafeWaterRules(Map<String, RuleSetFile> sets) {
        this.sets = sets;
    }

    public static SafeWaterRules bundled() {
        return Bundled.RULES;
    }

    /** These rule sets with an agency's files added; every problem of every file is reported at once. */
    public SafeWaterRules with(Collection<Path> files) {
        List<Problem> problems = new ArrayList<>();
        Map<String, RuleSetFile> map = new LinkedHashMap<>(sets);
        for (Path f : files) {
            String source = f.getFileName().toString();
            try {
                RuleSetFile r = READER.readOne(f);
                Optional<String> base = r.basedOn();
                if (base.isPresent() && !map.containsKey(base.get())) {
                    problems.add(new Problem(
                            source,
                            1,
                            1,
                            "based_on",
                            Phrase.of(AssuranceWords.LOADED_BASE),
                            Phrase.quoted(base.get()),
                            Suggestions.nearest(base.get(), map.keySet()).stream()
                                    .toList()));
                    continue;
                }
                map.put(r.id(), merged(r, map));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(
                        source,
                        1,
                        1,
                        "(rule set)",
                        Phrase.of(AssuranceWords.CONSISTENT_RULE_SET),
                        Phrase.verbatim(e.getMessage())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SafeWaterRules(map);
    }

    private static RuleSetFile merged(RuleSetFile r, Map<String, RuleSetFile> known) {
        if (r.basedOn().isEmpty()) {
            if (r.quantity().isEmpty()
                    || r.quality().isEmpty()
                    || r.convenience().isEmpty()
                    || r.reliability().isEmpty()) {
                throw new IllegalArgumentException(
                        "rule set " + r.id() + " has no based_on, so it needs all four indicators");
            }
            return r;
        }
        RuleSetFile base = known.get(r.basedOn().get());
        if (base == null) {
            throw new IllegalArgumentException("based_on names " + r.basedOn().get() + ", which is not loaded");
        }
        return new RuleSetFile(
                r.id(),
                r.title(),
                r.jurisdiction(),
                r.basedOn(),
                r.source() + " (differences from " + base.id() + ")",
                r.quantity().or(base::quantity),
                r.quality().or(base::quality),
                r.convenience().or(base::convenience),
                r.reliability().or(base::reliability));
    }

    public Collection<String> ids() {
        return sets.keySet();
    }

    /**
     * What a listing shows of a rule set: its id, title, jurisdiction, base and source.
     *
     * @throws UnknownIdException naming the known rule sets and the closest ones
     */
    public RuleSetSummary summary(String id) {
        RuleSetFile r = find(id);
        return new RuleSetSummary(r.id(), r.title(), r.jurisdiction(), r.basedOn(), r.source());
    }

    /** Every rule set's summary, in the order they were loaded. */
    public List<RuleSetSummary> summaries() {
        return sets.keySet().stream().map(this::summary).toList();
    }

    /** A rule set as a listing names it; {@code source} cites the original documents. */
    public record RuleSetSummary(
            String id, String title, String jurisdiction, Optional<String> basedOn, String source) {
        public RuleSetSummary {
            requireNonNull(id, "id");
            requireNonNull(title, "title");
            requireNonNull(jurisdiction, "jurisdiction");
            requireNonNull(basedOn, "basedOn");
            requireNonNull(source, "source");
        }
    }

    private RuleSetFile find(String id) {
        RuleSetFile r = sets.get(requireNonNull(id, "id"));
        if (r == null) {
            throw UnknownIdException.of(Phrase.of(AssuranceWords.NOUN_RULE_SET), id, sets.keySet());
        }
        return r;
    }

    /** Grades an observation under the rule set named. */
    public Assessment evaluate(String ruleSet, Observation o) {
        requireNonNull(o, "observation");
        RuleSetFile r = find(requireNonNull(ruleSet, "ruleSet"));
        Grade quantity = quantity(r, o, null);
        Grade quality = quality(r, o, null);
        Grade convenience = convenience(r, o, null);
        Grade reliability = reliability(r, o, null);
        List<Grade> all = List.of(quantity, quality, convenience, reliability);
        SafetyVerdict verdict;
        if (all.contains(Grade.NOT_MET)) {
            verdict = SafetyVerdict.UNSAFE;
        } else if (all.contains(Grade.NOT_ASSESSED)) {
            verdict = SafetyVerdict.INCOMPLETE;
        } else if (quantity == Grade.MET
                && quality == Grade.MET
                && convenience == Grade.MET
                && reliability == Grade.MET) {
            verdict = SafetyVerdict.SAFE;
        } else {
            verdict = SafetyVerdict.BASICALLY_SAFE;
        }
        boolean povertyCheck = verdict == SafetyVerdict.SAFE || verdict == SafetyVerdict.BASICALLY_SAFE;
        return new Assessment(
                o.id(),
                o.village(),
                o.people(),
                quantity,
                quality,
                convenience,
                reliability,
                verdict,
                povertyCheck,
                r.id(),
                () -> explain(r, o));
    }

    /** The reasons for each grade, in order: quantity, quality, convenience, reliability. */
    private static List<String> explain(RuleSetFile r, Observation o) {
        List<String> why = new ArrayList<>();
        quantity(r, o, why);
        quality(r, o, why);
        convenience(r, o, why);
        reliability(r, o, why);
        return List.copyOf(why);
    }

    private static RuleSetFile.ZoneThreshold zoneRule(RuleSetFile r, WaterZone zone) {
        for (RuleSetFile.ZoneThreshold z : r.quantity().orElseThrow()) {
            if (z.zone() == zone) {
                return z;
            }
        }
        throw new IllegalArgumentException("rule set " + r.id() + " has no quantity rule for " + zone);
    }

    private static RuleSetFile.QualityRule qualityRule(RuleSetFile r, SupplyCategory supply) {
        for (RuleSetFile.QualityRule q : r.quality().orElseThrow()) {
            if (q.supply() == supply) {
                return q;
            }
        }
        throw new IllegalArgumentException("rule set " + r.id() + " has no quality rule for " + supply);
    }

    private static Grade quantity(RuleSetFile r, Observation o, List<String> why) {
        if (o.litresPerPersonDay().isEmpty()) {
            note(why, () -> "quantity: not measured");
            return Grade.NOT_ASSESSED;
        }
        BigDecimal l = o.litresPerPersonDay().get();
        RuleSetFile.ZoneThreshold t = zoneRule(r, o.zone());
        if (t.met().isPresent() && l.compareTo(t.met().get()) >= 0) {
            note(
                    why,
                    () -> "quantity: " + l.toPlainString() + " L/(person·d) ≥ "
                            + t.met().get().toPlainString()
                            + (t.singleFloor() ? ", the one floor the rule set gives for this zone" : "") + " ("
                            + t.source() + ")");
            return Grade.MET;
        }
        if (l.compareTo(t.basicallyMet()) >= 0) {
            note(
                    why,
                    () -> "quantity: " + l.toPlainString() + " L/(person·d) ≥ "
                            + t.basicallyMet().toPlainString()
                            + (t.met().isEmpty() ? "; the rule set gives no 达标 floor for this zone" : "") + " ("
                            + t.source()
                            + ")");
            return Grade.BASICALLY_MET;
        }
        note(
                why,
                () -> "quantity: " + l.toPlainString() + " L/(person·d) < "
                        + t.basicallyMet().toPlainString() + " (" + t.source() + ")");
        return Grade.NOT_MET;
    }

    private static Grade quality(RuleSetFile r, Observation o, List<String> why) {
        if (o.quality() == QualityEvidence.NO_EVIDENCE) {
            note(why, () -> "quality: no test or on-site check");
            return Grade.NOT_ASSESSED;
        }
        RuleSetFile.QualityRule q = qualityRule(r, o.supply());
        Grade g = q.met().contains(o.quality())
                ? Grade.MET
                : q.basicallyMet().contains(o.quality()) ? Grade.BASICALLY_MET : Grade.NOT_MET;
        note(
                why,
                () -> "quality: " + o.quality().code() + " for " + o.supply().code() + " supply (" + q.source() + ")");
        return g;
    }

    private static Grade convenience(RuleSetFile r, Observation o, List<String> why) {
        RuleSetFile.Convenience c = r.convenience().orElseThrow();
        if (o.connection().isPipedToPremises()) {
            note(why, () -> "convenience: water piped to the house or yard (" + c.source() + ")");
            return Grade.MET;
        }
        if (o.connectionDeclined() && c.declinedConnectionMeets()) {
            note(why, () -> "convenience: a connection was offered and declined (" + c.source() + ")");
            return Grade.MET;
        }
        if (o.roundTripMinutes().isEmpty()
                && o.horizontalMetres().isEmpty()
                && o.verticalMetres().isEmpty()) {
            note(why, () -> "convenience: no fetching time or distance recorded");
            return Grade.NOT_ASSESSED;
        }
        if (within(o, c.met())) {
            note(why, () -> "convenience: fetching within " + text(c.met()) + " (" + c.source() + ")");
            return Grade.MET;
        }
        if (within(o, c.basicallyMet())) {
            note(why, () -> "convenience: fetching within " + text(c.basicallyMet()) + " (" + c.source() + ")");
            return Grade.BASICALLY_MET;
        }
        note(why, () -> "convenience: fetching beyond " + text(c.basicallyMet()) + " (" + c.source() + ")");
        return Grade.NOT_MET;
    }

    private static boolean within(Observation o, RuleSetFile.Limits l) {
        return le(o.roundTripMinutes(), l.roundTripMinutes())
                || le(o.horizontalMetres(), l.horizontalMetres())
                || le(o.verticalMetres(), l.verticalMetres());
    }

    private static boolean le(Optional<BigDecimal> v, BigDecimal limit) {
        return v.isPresent() && v.get().compareTo(limit) <= 0;
    }

    private static String text(RuleSetFile.Limits l) {
        return l.roundTripMinutes().toPlainString() + " min round trip, "
                + l.horizontalMetres().toPlainString() + " m across or "
                + l.verticalMetres().toPlainString() + " m up";
    }

    private static Grade reliability(RuleSetFile r, Observation o, List<String> why) {
        RuleSetFile.Reliability rel = r.reliability().orElseThrow();
        if (o.shortfallDays().isEmpty()) {
            note(why, () -> "reliability: shortfall days not recorded");
            return Grade.NOT_ASSESSED;
        }
        int d = o.shortfallDays().get();
        Grade g = withinDays(d, rel.metMaxShortfallDays(), rel.inclusive())
                ? Grade.MET
                : withinDays(d, rel.basicallyMetMaxShortfallDays(), rel.inclusive())
                        ? Grade.BASICALLY_MET
                        : Grade.NOT_MET;
        note(why, () -> "reliability: " + d + " shortfall days (" + rel.source() + ")");
        return g;
    }

    /** Adds an explanation only when one is wanted: a screening of a million households asks for none. */
    private static void note(List<String> why, Supplier<String> text) {
        if (why != null) {
            why.add(text.get());
        }
    }

    private static boolean withinDays(int days, int limit, boolean inclusive) {
        return inclusive ? days <= limit : days < limit;
    }

    private static final class Bundled {
        static final SafeWaterRules RULES = load();

        private static SafeWaterRules load() {
            Map<String, RuleSetFile> map = new LinkedHashMap<>();
            for (RuleSetFile r : ResourceIndex.readAll(SafeWaterRules.class, RESOURCES, "rule-sets.index", READER)) {
                map.put(r.id(), merged(r, map));
            }
            return new SafeWaterRules(map);
        }
    }
}
