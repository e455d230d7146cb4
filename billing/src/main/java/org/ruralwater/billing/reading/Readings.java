package org.ruralwater.billing.reading;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;

/**
 * Measures a household's use over a period from its meter readings, naming every anomaly, under a policy.
 *
 * <p>The use is the sum over the meters the household had in the period of (last reading in the period −
 * last reading before it). A meter taken out contributes up to its FINAL reading, a new one from its INITIAL
 * reading. A reading lower than the one before is a ROLLOVER when the register passing its last digit
 * explains it with at most the policy's {@code maxRolloverUse}, otherwise a REVERSAL, whose use is not
 * billed.
 */
public final class Readings {

    private static final Comparator<MeterReading> ORDER =
            Comparator.comparing(MeterReading::readOn).thenComparing(r -> r.kind() == ReadingKind.INITIAL ? 1 : 0);

    private final ReadingPolicy policy;

    private Readings(ReadingPolicy policy) {
        this.policy = policy;
    }

    public static Readings under(ReadingPolicy policy) {
        return new Readings(requireNonNull(policy, "policy"));
    }

    /**
     * The household's use in the period.
     *
     * @param meters the household's meters, for their register digits (the run reuses one list for every
     *     household, so the list is only read during the call)
     * @param readings every reading of those meters up to the period's end, in any order
     * @param history the household's use in earlier periods, most recent last, for the high and low checks and
     *     for estimating a missing read
     */
    public MeteredUse measure(
            HouseholdId household,
            List<Meter> meters,
            List<MeterReading> readings,
            List<BigDecimal> history,
            Period period) {
        requireNonNull(household, "household");
        requireNonNull(period, "period");
        List<MeterReading> sorted = inReadingOrder(readings);
        Measurement m = new Measurement(household, period);
        for (int i = 0; i < sorted.size(); i++) {
            if (isFirstReadingOfItsMeter(sorted, i)) { // each meter once, in the order of its first reading
                MeterId id = sorted.get(i).meter();
                Meter meter = meterOf(meters, id, household);
                MeterWindow window = MeterWindow.of(id, sorted, period);
                if (window != null) {
                    m.add(meter, window);
                }
            }
        }
        Optional<BigDecimal> average = average(history);
        if (!m.read) {
            return missingRead(household, meters, average, period);
        }
        // The true use is unknown after a reversal or without an earlier reading: judging it zero, high or low
        // would only add noise.
        if (!m.unknown) {
            checkUse(m, sorted.get(0).meter(), history, average);
        }
        return result(household, period, m.use, m.anomalies, m.estimated);
    }

    /** A household's use being measured, meter by meter, and the anomalies found on the way. */
    private final class Measurement {
        private final HouseholdId household;
        private final Period period;
        BigDecimal use = BigDecimal.ZERO;
        boolean estimated;
        /** Whether any meter was read in the period. */
        boolean read;
        /** Whether some meter's use is not known: a reversal, or no earlier reading. */
        boolean unknown;

        private boolean replaced;
        /** None until an anomaly: most households have none. */
        @Nullable
        List<Anomaly> anomalies;

        Measurement(HouseholdId household, Period period) {
            this.household = household;
            this.period = period;
        }

        /** Adds a meter's use over its window in the period. */
        void add(Meter meter, MeterWindow window) {
            read = true;
            MeterReading end = window.end();
            if (window.replaced() && !replaced) {
                replaced = true; // one replacement anomaly for the household, however many meters changed
                found(Anomaly.meterReplaced(household, end, period));
            }
            MeterReading start = window.start();
            if (start == null) {
                unknown = true;
                found(Anomaly.noPreviousRead(household, end, period));
                return;
            }
            if (start.kind() == ReadingKind.ESTIMATED || end.kind() == ReadingKind.ESTIMATED) {
                estimated = true;
                found(Anomaly.estimatedRead(household, end));
            }
            use = use.add(rise(meter, start, end));
        }

        /** The register's rise from start to end; a drop is a rollover's use, or nothing for a reversal. */
        private BigDecimal rise(Meter meter, MeterReading start, MeterReading end) {
            BigDecimal rise = end.value().subtract(start.value());
            if (rise.signum() >= 0) {
                return rise;
            }
            BigDecimal register = BigDecimal.valueOf(meter.rolloverAt());
            BigDecimal rolled = register.subtract(start.value()).add(end.value());
            if (start.value().compareTo(register) < 0 && rolled.compareTo(policy.maxRolloverUse()) <= 0) {
                found(Anomaly.rollover(household, start, end, meter.rolloverAt(), rolled));
                return rolled;
            }
            unknown = true;
            found(Anomaly.reversal(household, start, end, rolled));
            return BigDecimal.ZERO;
        }

        void found(Anomaly a) {
            if (anomalies == null) {
                anomalies = new ArrayList<>(2);
            }
            anomalies.add(a);
        }
    }

    /** No meter read in the period: the policy estimates the use. */
    private MeteredUse missingRead(
            HouseholdId household, List<Meter> meters, Optional<BigDecimal> average, Period period) {
        MeterId meter = lowestId(meters, household);
        BigDecimal guess = policy.missingRead() == ReadingPolicy.MissingRead.AVERAGE
                ? average.map(a -> a.setScale(3, RoundingMode.HALF_UP)).orElse(BigDecimal.ZERO)
                : BigDecimal.ZERO;
        List<Anomaly> anomalies = new ArrayList<>(1);
        anomalies.add(Anomaly.missingRead(household, meter, period, guess, policy.missingRead()));
        return result(household, period, guess, anomalies, true);
    }

    /** The use checks: no water used, or use far above or below the household's own average. */
    private void checkUse(Measurement m, MeterId meter, List<BigDecimal> history, Optional<BigDecimal> average) {
        if (m.use.signum() == 0) {
            m.found(Anomaly.zeroUse(m.household, meter, m.period));
        } else if (average.isPresent() && history.size() >= Math.min(3, policy.historyPeriods())) {
            BigDecimal avg = average.get();
            if (m.use.compareTo(avg.multiply(policy.highFactor())) > 0) {
                m.found(Anomaly.highUse(m.household, meter, m.period, m.use, policy.highFactor(), avg));
            } else if (m.use.compareTo(avg.multiply(policy.lowFactor())) < 0) {
                m.found(Anomaly.lowUse(m.household, meter, m.period, m.use, policy.lowFactor(), avg));
            }
        }
    }

    private MeteredUse result(
            HouseholdId household, Period period, BigDecimal m3, @Nullable List<Anomaly> anomalies, boolean estimated) {
        if (anomalies == null) {
            return new MeteredUse(household, period, m3, List.of(), estimated, false);
        }
        boolean blocked = false;
        for (Anomaly a : anomalies) {
            blocked |= policy.actionFor(a.code()) == ReadingPolicy.Action.BLOCK;
        }
        return new MeteredUse(household, period, m3, anomalies, estimated, blocked);
    }

    /** The readings in reading order. They usually arrive so (a meter's two reads of a month): copied only if not. */
    private static List<MeterReading> inReadingOrder(List<MeterReading> readings) {
        for (int i = 1; i < readings.size(); i++) {
            if (ORDER.compare(readings.get(i - 1), readings.get(i)) > 0) {
                List<MeterReading> sorted = new ArrayList<>(readings);
                sorted.sort(ORDER);
                return sorted;
            }
        }
        return readings;
    }

    /** Whether the reading at {@code i} is the first of its meter. */
    private static boolean isFirstReadingOfItsMeter(List<MeterReading> sorted, int i) {
        MeterId meter = sorted.get(i).meter();
        for (int k = 0; k < i; k++) {
            if (sorted.get(k).meter().equals(meter)) {
                return false;
            }
        }
        return true;
    }

    private Optional<BigDecimal> average(List<BigDecimal> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> recent =
                history.subList(Math.max(0, history.size() - policy.historyPeriods()), history.size());
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = recent.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(recent.size()), MathContext.DECIMAL64));
    }

    /** The household's meter of this id; a reading of a meter it does not have is the caller's mistake. */
    private static Meter meterOf(List<Meter> meters, MeterId id, HouseholdId household) {
        for (int i = 0; i < meters.size(); i++) {
            if (meters.get(i).id().equals(id)) {
                return meters.get(i);
            }
        }
        throw new IllegalArgumentException(
                "reading of meter " + id + ", which household " + household + " does not have");
    }

    private static MeterId lowestId(List<Meter> meters, HouseholdId household) {
        MeterId lowest = null;
        for (Meter m : meters) {
            if (lowest == null || m.id().compareTo(lowest) < 0) {
                lowest = m.id();
            }
        }
        if (lowest == null) {
            throw new IllegalArgumentException("household " + household + " has no meter");
        }
        return lowest;
    }
}
