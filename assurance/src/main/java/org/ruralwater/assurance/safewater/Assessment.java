package org.ruralwater.assurance.safewater;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.ruralwater.core.region.RegionCode;

/**
 * The safe-water verdict on one observation: each indicator's grade, the overall verdict, whether it passes
 * the poverty-alleviation check (every indicator at least 基本达标), and, on request, why, naming the rule
 * set's sources. The reasons are worked out only when asked for: a county screening of a million
 * households needs the grades, not a million sets of sentences.
 */
public final class Assessment {

    private final String id;
    private final RegionCode village;
    private final int people;
    private final Grade quantity;
    private final Grade quality;
    private final Grade convenience;
    private final Grade reliability;
    private final SafetyVerdict verdict;
    private final boolean passesPovertyCheck;
    private final String ruleSet;
    private final Supplier<List<String>> reasons;

    Assessment(
            String id,
            RegionCode village,
            int people,
            Grade quantity,
            Grade quality,
            Grade convenience,
            Grade reliability,
            SafetyVerdict verdict,
            boolean passesPovertyCheck,
            String ruleSet,
            Supplier<List<String>> reasons) {
        this.id = requireNonNull(id, "id");
        this.village = requireNonNull(village, "village");
        this.people = people;
        this.quantity = requireNonNull(quantity, "quantity");
        this.quality = requireNonNull(quality, "quality");
        this.convenience = requireNonNull(convenience, "convenience");
        this.reliability = requireNonNull(reliability, "reliability");
        this.verdict = requireNonNull(verdict, "verdict");
        this.passesPovertyCheck = passesPovertyCheck;
        this.ruleSet = requireNonNull(ruleSet, "ruleSet");
        this.reasons = requireNonNull(reasons, "reasons");
    }

    public String id() {
        return id;
    }

    public RegionCode village() {
        return village;
    }

    public int people() {
        return people;
    }

    public Grade quantity() {
        return quantity;
    }

    public Grade quality() {
        return quality;
    }

    public Grade convenience() {
        return convenience;
    }

    public Grade reliability() {
        return reliability;
    }

    public SafetyVerdict verdict() {
        return verdict;
    }

    public boolean passesPovertyCheck() {
        return passesPovertyCheck;
    }

    public String ruleSet() {
        return ruleSet;
    }

    /** Why each indicator got its grade, with the rule's source: quantity, quality, convenience, reliability. */
    public List<String> reasons() {
        return reasons.get();
    }

    /** The indicators below 基本达标, by name. */
    public List<String> failing() {
        List<String> out = new ArrayList<>(4);
        if (quantity == Grade.NOT_MET) {
            out.add("quantity");
        }
        if (quality == Grade.NOT_MET) {
            out.add("quality");
        }
        if (convenience == Grade.NOT_MET) {
            out.add("convenience");
        }
        if (reliability == Grade.NOT_MET) {
            out.add("reliability");
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment a
                && id.equals(a.id)
                && village.equals(a.village)
                && people == a.people
                && quantity == a.quantity
                && quality == a.quality
                && convenience == a.convenience
                && reliability == a.reliability
                && verdict == a.verdict
                && passesPovertyCheck == a.passesPovertyCheck
                && ruleSet.equals(a.ruleSet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, village, people, quantity, quality, convenience, reliability, verdict, ruleSet);
    }

    @Override
    public String toString() {
        return "Assessment[" + id + " " + verdict + ": quantity " + quantity + ", quality " + quality + ", convenience "
                + convenience + ", reliability " + reliability + " under " + ruleSet + "]";
    }
}
