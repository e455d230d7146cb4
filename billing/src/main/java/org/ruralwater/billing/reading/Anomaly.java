package org.ruralwater.billing.reading;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.MeterId;

/** Something odd about a household's readings, with the reading it concerns and a sentence for people. */
public record Anomaly(AnomalyCode code, HouseholdId household, MeterId meter, LocalDate readOn, String message) {

    public Anomaly {
        requireNonNull(code, "code");
        requireNonNull(household, "household");
        requireNonNull(meter, "meter");
        requireNonNull(readOn, "readOn");
        requireNonNull(message, "message");
    }

    /** The register passed its last digit and restarted at 0; {@code rolled} is the use that explains. */
    static Anomaly rollover(
            HouseholdId household, MeterReading start, MeterReading end, long rolloverAt, BigDecimal rolled) {
        return new Anomaly(
                AnomalyCode.ROLLOVER,
                household,
                end.meter(),
                end.readOn(),
                "meter " + end.meter() + " passed " + rolloverAt + " m³ and restarted at 0: " + start.value() + " → "
                        + end.value() + " is " + rolled.toPlainString() + " m³");
    }

    /** The register went back further than a rollover may explain; {@code rolled} is what one would mean. */
    static Anomaly reversal(HouseholdId household, MeterReading start, MeterReading end, BigDecimal rolled) {
        return new Anomaly(
                AnomalyCode.REVERSAL,
                household,
                end.meter(),
                end.readOn(),
                "meter " + end.meter() + " went back from " + start.value() + " to " + end.value()
                        + "; not a rollover (it would mean " + rolled.toPlainString() + " m³)");
    }

    /** The meter whose last reading in the period is {@code end} was taken out (FINAL) or fitted in it. */
    static Anomaly meterReplaced(HouseholdId household, MeterReading end, Period period) {
        return new Anomaly(
                AnomalyCode.METER_REPLACED,
                household,
                end.meter(),
                end.readOn(),
                "meter " + end.meter() + (end.kind() == ReadingKind.FINAL ? " was taken out" : " was fitted") + " in "
                        + period);
    }

    /** The meter read {@code end} in the period has no earlier reading to measure from. */
    static Anomaly noPreviousRead(HouseholdId household, MeterReading end, Period period) {
        return new Anomaly(
                AnomalyCode.NO_PREVIOUS_READ,
                household,
                end.meter(),
                end.readOn(),
                "meter " + end.meter() + " has no reading before " + period.start() + " to measure from");
    }

    /** The use of the meter read {@code end} in the period rests on an estimated reading. */
    static Anomaly estimatedRead(HouseholdId household, MeterReading end) {
        return new Anomaly(
                AnomalyCode.ESTIMATED_READ,
                household,
                end.meter(),
                end.readOn(),
                "the use rests on an estimated reading of meter " + end.meter());
    }

    /** No meter was read in the period; the use was estimated as {@code guess} m³ the policy's way. */
    static Anomaly missingRead(
            HouseholdId household, MeterId meter, Period period, BigDecimal guess, ReadingPolicy.MissingRead how) {
        return new Anomaly(
                AnomalyCode.MISSING_READ,
                household,
                meter,
                period.end(),
                "no reading in " + period + "; use estimated as "
                        + guess.stripTrailingZeros().toPlainString() + " m³ ("
                        + how.code() + ")");
    }

    static Anomaly zeroUse(HouseholdId household, MeterId meter, Period period) {
        return new Anomaly(AnomalyCode.ZERO_USE, household, meter, period.end(), "no water used in " + period);
    }

    /** The use is above {@code factor} × the household's {@code average}. */
    static Anomaly highUse(
            HouseholdId household, MeterId meter, Period period, BigDecimal m3, BigDecimal factor, BigDecimal average) {
        return new Anomaly(
                AnomalyCode.HIGH_USE, household, meter, period.end(), againstAverage(m3, "above ", factor, average));
    }

    /** The use is below {@code factor} × the household's {@code average}. */
    static Anomaly lowUse(
            HouseholdId household, MeterId meter, Period period, BigDecimal m3, BigDecimal factor, BigDecimal average) {
        return new Anomaly(
                AnomalyCode.LOW_USE, household, meter, period.end(), againstAverage(m3, "below ", factor, average));
    }

    private static String againstAverage(BigDecimal m3, String side, BigDecimal factor, BigDecimal average) {
        return m3.stripTrailingZeros().toPlainString() + " m³ is " + side + factor + " × the household's average of "
                + average.setScale(2, RoundingMode.HALF_UP) + " m³";
    }
}
