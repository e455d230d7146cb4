package org.ruralwater.billing.reading;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;

/**
 * Something odd about a household's readings, with the reading it concerns and a sentence for people.
 *
 * @param wording the sentence, put into words in the reader's language
 */
public record Anomaly(AnomalyCode code, HouseholdId household, MeterId meter, LocalDate readOn, Phrase wording) {

    public Anomaly {
        requireNonNull(code, "code");
        requireNonNull(household, "household");
        requireNonNull(meter, "meter");
        requireNonNull(readOn, "readOn");
        requireNonNull(wording, "wording");
    }

    /** The sentence in English: the form of logs and of outputs for machines. */
    public String message() {
        return wording.toString();
    }

    /** The record's form with the sentence in English, as logs have always shown it. */
    @Override
    public String toString() {
        return "Anomaly[code=" + code + ", household=" + household + ", meter=" + meter + ", readOn=" + readOn
                + ", message=" + message() + "]";
    }

    /** The register passed its last digit and restarted at 0; {@code rolled} is the use that explains. */
    static Anomaly rollover(
            HouseholdId household, MeterReading start, MeterReading end, long rolloverAt, BigDecimal rolled) {
        return new Anomaly(
                AnomalyCode.ROLLOVER,
                household,
                end.meter(),
                end.readOn(),
                Phrase.of(
                        BillingWords.ROLLOVER_ANOMALY,
                        end.meter(),
                        rolloverAt,
                        start.value(),
                        end.value(),
                        rolled.toPlainString()));
    }

    /** The register went back further than a rollover may explain; {@code rolled} is what one would mean. */
    static Anomaly reversal(HouseholdId household, MeterReading start, MeterReading end, BigDecimal rolled) {
        return new Anomaly(
                AnomalyCode.REVERSAL,
                household,
                end.meter(),
                end.readOn(),
                Phrase.of(
                        BillingWords.REVERSAL_ANOMALY,
                        end.meter(),
                        start.value(),
                        end.value(),
                        rolled.toPlainString()));
    }

    /** The meter whose last reading in the period is {@code end} was taken out (FINAL) or fitted in it. */
    static Anomaly meterReplaced(HouseholdId household, MeterReading end, Period period) {
        return new Anomaly(
                AnomalyCode.METER_REPLACED,
                household,
                end.meter(),
                end.readOn(),
                Phrase.of(
                        end.kind() == ReadingKind.FINAL ? BillingWords.METER_TAKEN_OUT : BillingWords.METER_FITTED,
                        end.meter(),
                        period));
    }

    /** The meter read {@code end} in the period has no earlier reading to measure from. */
    static Anomaly noPreviousRead(HouseholdId household, MeterReading end, Period period) {
        return new Anomaly(
                AnomalyCode.NO_PREVIOUS_READ,
                household,
                end.meter(),
                end.readOn(),
                Phrase.of(BillingWords.NO_PREVIOUS_READ_ANOMALY, end.meter(), period.start()));
    }

    /** The use of the meter read {@code end} in the period rests on an estimated reading. */
    static Anomaly estimatedRead(HouseholdId household, MeterReading end) {
        return new Anomaly(
                AnomalyCode.ESTIMATED_READ,
                household,
                end.meter(),
                end.readOn(),
                Phrase.of(BillingWords.ESTIMATED_READ_ANOMALY, end.meter()));
    }

    /** No meter was read in the period; the use was estimated as {@code guess} m³ the policy's way. */
    static Anomaly missingRead(
            HouseholdId household, MeterId meter, Period period, BigDecimal guess, ReadingPolicy.MissingRead how) {
        return new Anomaly(
                AnomalyCode.MISSING_READ,
                household,
                meter,
                period.end(),
                Phrase.of(
                        BillingWords.MISSING_READ_ANOMALY,
                        period,
                        guess.stripTrailingZeros().toPlainString(),
                        Labels.codeOrLabel(how, how.code())));
    }

    static Anomaly zeroUse(HouseholdId household, MeterId meter, Period period) {
        return new Anomaly(
                AnomalyCode.ZERO_USE, household, meter, period.end(), Phrase.of(BillingWords.ZERO_USE_ANOMALY, period));
    }

    /** The use is above {@code factor} × the household's {@code average}. */
    static Anomaly highUse(
            HouseholdId household, MeterId meter, Period period, BigDecimal m3, BigDecimal factor, BigDecimal average) {
        return new Anomaly(
                AnomalyCode.HIGH_USE,
                household,
                meter,
                period.end(),
                againstAverage(m3, BillingWords.ABOVE_AVERAGE, factor, average));
    }

    /** The use is below {@code factor} × the household's {@code average}. */
    static Anomaly lowUse(
            HouseholdId household, MeterId meter, Period period, BigDecimal m3, BigDecimal factor, BigDecimal average) {
        return new Anomaly(
                AnomalyCode.LOW_USE,
                household,
                meter,
                period.end(),
                againstAverage(m3, BillingWords.BELOW_AVERAGE, factor, average));
    }

    private static Phrase againstAverage(BigDecimal m3, BillingWords side, BigDecimal factor, BigDecimal average) {
        return Phrase.of(
                side, m3.stripTrailingZeros().toPlainString(), factor, average.setScale(2, RoundingMode.HALF_UP));
    }
}
