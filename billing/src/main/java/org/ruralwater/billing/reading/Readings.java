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
        // Readings usually arrive in order (a meter's two reads of a month): copy and sort only when not.
        List<MeterReading> sorted = readings;
        for (int i = 1; i < readings.size(); i++) {
            if (ORDER.compare(readings.get(i - 1), readings.get(i)) > 0) {
                sorted = new ArrayList<>(readings);
                sorted.sort(ORDER);
                break;
            }
        }
        List<Anomaly> anomalies = null; // no list until an anomaly: most households have none
        Optional<BigDecimal> average = average(history);
        BigDecimal use = BigDecimal.ZERO;
        boolean estimated = false;
        boolean anyInPeriod = false;
        boolean replaced = false;
        // Nearly every household has one meter: then no list of meters is made.
        MeterId only = onlyMeter(sorted);
        List<MeterId> order = only != null || sorted.isEmpty() ? null : meterOrder(sorted);
        int meterCount = only != null ? 1 : order == null ? 0 : order.size();
        for (int k = 0; k < meterCount; k++) {
            MeterId id = only != null ? only : order.get(k);
            Meter meter = meterOf(meters, id);
            if (meter == null) {
                throw new IllegalArgumentException(
                        "reading of meter " + id + ", which household " + household + " does not have");
            }
            // Plain loops: this runs for every household of a bill run.
            MeterReading before = null;
            MeterReading initial = null;
            MeterReading end = null;
            for (MeterReading r : sorted) {
                if (!r.meter().equals(id)) {
                    continue;
                }
                if (r.readOn().isBefore(period.start())) {
                    before = r;
                } else if (!r.readOn().isAfter(period.end())) {
                    end = r;
                    if (r.kind() == ReadingKind.INITIAL && initial == null) {
                        initial = r;
                    }
                }
            }
            if (end == null) {
                continue;
            }
            anyInPeriod = true;
            if ((end.kind() == ReadingKind.FINAL || initial != null) && !replaced) {
                replaced = true;
                anomalies = with(
                        anomalies,
                        new Anomaly(
                                AnomalyCode.METER_REPLACED,
                                household,
                                id,
                                end.readOn(),
                                "meter " + id + (end.kind() == ReadingKind.FINAL ? " was taken out" : " was fitted")
                                        + " in " + period));
            }
            MeterReading start = initial != null ? initial : before;
            if (start == null) {
                anomalies = with(
                        anomalies,
                        new Anomaly(
                                AnomalyCode.NO_PREVIOUS_READ,
                                household,
                                id,
                                end.readOn(),
                                "meter " + id + " has no reading before " + period.start() + " to measure from"));
                continue;
            }
            if (start.kind() == ReadingKind.ESTIMATED || end.kind() == ReadingKind.ESTIMATED) {
                estimated = true;
                anomalies = with(
                        anomalies,
                        new Anomaly(
                                AnomalyCode.ESTIMATED_READ,
                                household,
                                id,
                                end.readOn(),
                                "the use rests on an estimated reading of meter " + id));
            }
            BigDecimal delta = end.value().subtract(start.value());
            if (delta.signum() < 0) {
                BigDecimal rolled = BigDecimal.valueOf(meter.rolloverAt())
                        .subtract(start.value())
                        .add(end.value());
                if (start.value().compareTo(BigDecimal.valueOf(meter.rolloverAt())) < 0
                        && rolled.compareTo(policy.maxRolloverUse()) <= 0) {
                    anomalies = with(
                            anomalies,
                            new Anomaly(
                                    AnomalyCode.ROLLOVER,
                                    household,
                                    id,
                                    end.readOn(),
                                    "meter " + id + " passed " + meter.rolloverAt() + " m³ and restarted at 0: "
                                            + start.value() + " → " + end.value() + " is " + rolled.toPlainString()
                                            + " m³"));
                    delta = rolled;
                } else {
                    anomalies = with(
                            anomalies,
                            new Anomaly(
                                    AnomalyCode.REVERSAL,
                                    household,
                                    id,
                                    end.readOn(),
                                    "meter " + id + " went back from " + start.value() + " to " + end.value()
                                            + "; not a rollover (it would mean " + rolled.toPlainString() + " m³)"));
                    delta = BigDecimal.ZERO;
                }
            }
            use = use.add(delta);
        }
        if (!anyInPeriod) {
            MeterId any = lowestId(meters, household);
            BigDecimal guess = policy.missingRead() == ReadingPolicy.MissingRead.AVERAGE
                    ? average.map(a -> a.setScale(3, RoundingMode.HALF_UP)).orElse(BigDecimal.ZERO)
                    : BigDecimal.ZERO;
            anomalies = with(
                    anomalies,
                    new Anomaly(
                            AnomalyCode.MISSING_READ,
                            household,
                            any,
                            period.end(),
                            "no reading in " + period + "; use estimated as "
                                    + guess.stripTrailingZeros().toPlainString() + " m³ ("
                                    + policy.missingRead().name().toLowerCase(java.util.Locale.ROOT) + ")"));
            return result(household, period, guess, anomalies, true);
        }
        boolean unknown = false;
        for (int i = 0; anomalies != null && i < anomalies.size(); i++) {
            AnomalyCode code = anomalies.get(i).code();
            unknown |= code == AnomalyCode.REVERSAL || code == AnomalyCode.NO_PREVIOUS_READ;
        }
        if (unknown) {
            // The true use is not known, so judging it zero, high or low would only add noise.
            return result(household, period, use, anomalies, estimated);
        }
        if (use.signum() == 0) {
            MeterId any = only != null ? only : order.get(0);
            anomalies = with(
                    anomalies,
                    new Anomaly(AnomalyCode.ZERO_USE, household, any, period.end(), "no water used in " + period));
        } else if (average.isPresent() && history.size() >= Math.min(3, policy.historyPeriods())) {
            BigDecimal avg = average.get();
            MeterId any = only != null ? only : order.get(0);
            boolean high = use.compareTo(avg.multiply(policy.highFactor())) > 0;
            if (high || use.compareTo(avg.multiply(policy.lowFactor())) < 0) {
                anomalies = with(
                        anomalies,
                        new Anomaly(
                                high ? AnomalyCode.HIGH_USE : AnomalyCode.LOW_USE,
                                household,
                                any,
                                period.end(),
                                use.stripTrailingZeros().toPlainString() + " m³ is "
                                        + (high ? "above " + policy.highFactor() : "below " + policy.lowFactor())
                                        + " × the household's average of " + avg.setScale(2, RoundingMode.HALF_UP)
                                        + " m³"));
            }
        }
        return result(household, period, use, anomalies, estimated);
    }

    private MeteredUse result(
            HouseholdId household, Period period, BigDecimal m3, List<Anomaly> anomalies, boolean estimated) {
        if (anomalies == null) {
            return new MeteredUse(household, period, m3, List.of(), estimated, false);
        }
        boolean blocked = false;
        for (Anomaly a : anomalies) {
            blocked |= policy.actionFor(a.code()) == ReadingPolicy.Action.BLOCK;
        }
        return new MeteredUse(household, period, m3, anomalies, estimated, blocked);
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

    private static List<Anomaly> with(@Nullable List<Anomaly> anomalies, Anomaly a) {
        List<Anomaly> list = anomalies == null ? new ArrayList<>(2) : anomalies;
        list.add(a);
        return list;
    }

    /** The one meter all readings are of, or null when there are none or several. */
    private static @Nullable MeterId onlyMeter(List<MeterReading> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        MeterId first = sorted.get(0).meter();
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).meter().equals(first)) {
                return null;
            }
        }
        return first;
    }

    private static @Nullable Meter meterOf(List<Meter> meters, MeterId id) {
        for (int i = 0; i < meters.size(); i++) {
            if (meters.get(i).id().equals(id)) {
                return meters.get(i);
            }
        }
        return null;
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

    /** The meters of several in the order of their first reading. */
    private static List<MeterId> meterOrder(List<MeterReading> sorted) {
        List<MeterId> order = new ArrayList<>(2);
        for (MeterReading r : sorted) {
            if (!order.contains(r.meter())) {
                order.add(r.meter());
            }
        }
        return order;
    }
}
