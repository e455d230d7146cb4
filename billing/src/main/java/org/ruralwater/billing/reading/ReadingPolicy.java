package org.ruralwater.billing.reading;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;

/**
 * How readings are judged and what a bill run does about each anomaly, as data.
 *
 * @param highFactor use above the household's average times this is HIGH_USE; above 1, at most 1,000
 * @param lowFactor use below the household's average times this is LOW_USE (0 turns it off); below 1
 * @param historyPeriods how many earlier periods make the household's average; fewer than 3 and the high
 *     and low checks are skipped, since an average of one month says little; at most 120 (ten years of months)
 * @param maxRolloverUse the most a rollover may explain, in m³ (0 to 10^9, the widest register); a drop
 *     needing more is a REVERSAL
 * @param missingRead how a missing end-of-period reading is estimated
 * @param actions per anomaly, whether the household's bill is blocked or issued with a flag; anomalies not
 *     listed are flagged
 */
public record ReadingPolicy(
        @Within(min = "1", minIncluded = false, max = "1000")
        BigDecimal highFactor,

        @Within(min = "0", max = "1", maxIncluded = false) BigDecimal lowFactor,
        @Within(min = "1", max = "120") int historyPeriods,
        @Within(min = "0", max = "1e9", unit = "m³") BigDecimal maxRolloverUse,
        MissingRead missingRead,
        List<Rule> actions,
        String source) {

    /** How to estimate use when the end-of-period reading is missing. */
    public enum MissingRead implements Coded {
        /** The household's average over its history periods. */
        AVERAGE,
        /** Nothing: bill no volume until a reading comes. */
        ZERO
    }

    /** The action for one anomaly. */
    public record Rule(AnomalyCode anomaly, Action action) {
        public Rule {
            requireNonNull(anomaly, "anomaly");
            requireNonNull(action, "action");
        }
    }

    /** What a bill run does about an anomaly. */
    public enum Action implements Coded {
        /** Hold the household's bill until someone looks. */
        BLOCK,
        /** Issue the bill and show the anomaly on it. */
        FLAG
    }

    // Before the presets below, which the constructor checks against them.
    private static final Range HIGH_FACTOR = Range.of(ReadingPolicy.class, "highFactor");
    private static final Range HISTORY = Range.of(ReadingPolicy.class, "historyPeriods");
    private static final Range MAX_ROLLOVER = Range.of(ReadingPolicy.class, "maxRolloverUse");

    /** ruralwater's defaults: 3× / 0.3× the 6-period average, rollovers up to 200 m³, reversals block. */
    public static final ReadingPolicy DEFAULT = new ReadingPolicy(
            new BigDecimal("3"),
            new BigDecimal("0.3"),
            6,
            new BigDecimal("200"),
            MissingRead.AVERAGE,
            List.of(new Rule(AnomalyCode.REVERSAL, Action.BLOCK), new Rule(AnomalyCode.NO_PREVIOUS_READ, Action.BLOCK)),
            "ruralwater defaults; no national rule sets these factors, so each agency should set its own");

    public ReadingPolicy {
        requireNonNull(highFactor, "highFactor");
        requireNonNull(lowFactor, "lowFactor");
        requireNonNull(maxRolloverUse, "maxRolloverUse");
        requireNonNull(missingRead, "missingRead");
        actions = List.copyOf(actions);
        if (actions.stream().map(Rule::anomaly).distinct().count() != actions.size()) {
            throw new IllegalArgumentException("each anomaly may have one action only");
        }
        requireNonNull(source, "source");
        if (highFactor.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("the high factor must be above 1, but was " + highFactor);
        }
        if (lowFactor.signum() < 0 || lowFactor.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the low factor must be 0 or more and below 1, but was " + lowFactor);
        }
        if (historyPeriods < 1) {
            throw new IllegalArgumentException("the history needs at least one period");
        }
        HIGH_FACTOR.check(BillingWords.HIGH_FACTOR, highFactor);
        HISTORY.check(BillingWords.HISTORY_PERIODS, historyPeriods);
        MAX_ROLLOVER.check(BillingWords.MAX_ROLLOVER, maxRolloverUse);
    }

    public Action actionFor(AnomalyCode code) {
        for (Rule r : actions) {
            if (r.anomaly() == code) {
                return r.action();
            }
        }
        return Action.FLAG;
    }

    /** A policy from an agency's JSON file; every problem is reported at once. */
    public static ReadingPolicy read(Path file) {
        return JsonReader.forRecord(ReadingPolicy.class).readOne(file);
    }
}
