package org.ruralwater.billing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;

/** Each anomaly's words, meter and day, as a household's readings make it: bills and reports show them. */
class AnomalyWordingTest {

    private static final HouseholdId H = HouseholdId.of("H1");
    private static final MeterId M1 = MeterId.of("M1");
    private static final MeterId M2 = MeterId.of("M2");
    private static final Period MARCH = Period.month(2026, 3);
    private static final List<BigDecimal> STEADY = List.of(
            new BigDecimal("10"),
            new BigDecimal("12"),
            new BigDecimal("11"),
            new BigDecimal("10"),
            new BigDecimal("12"),
            new BigDecimal("11"));

    private final Readings readings = Readings.under(ReadingPolicy.DEFAULT);

    private static Meter meter(MeterId id, int digits) {
        return new Meter(id, H, 15, digits, LocalDate.of(2022, 1, 1));
    }

    private static MeterReading read(MeterId m, String day, String value, ReadingKind kind) {
        return new MeterReading(m, LocalDate.parse(day), new BigDecimal(value), kind);
    }

    private List<String> anomalies(List<Meter> meters, List<BigDecimal> history, MeterReading... rs) {
        return readings.measure(H, meters, List.of(rs), history, MARCH).anomalies().stream()
                .map(Anomaly::toString)
                .toList();
    }

    private List<String> anomalies(int digits, String before, String after) {
        return anomalies(
                List.of(meter(M1, digits)),
                STEADY,
                read(M1, "2026-02-27", before, ReadingKind.ACTUAL),
                read(M1, "2026-03-30", after, ReadingKind.ACTUAL));
    }

    @Test
    void aRolloverAndAReversalSayWhatTheDropWouldMean() {
        assertThat(anomalies(5, "99990", "8"))
                .containsExactly("Anomaly[code=ROLLOVER, household=H1, meter=M1, readOn=2026-03-30, message=meter M1"
                        + " passed 100000 m³ and restarted at 0: 99990 → 8 is 18 m³]");
        assertThat(anomalies(4, "500", "480"))
                .containsExactly("Anomaly[code=REVERSAL, household=H1, meter=M1, readOn=2026-03-30, message=meter M1"
                        + " went back from 500 to 480; not a rollover (it would mean 9980 m³)]");
    }

    @Test
    void zeroHighAndLowUseAreDatedAtThePeriodsEnd() {
        assertThat(anomalies(5, "100", "100"))
                .containsExactly("Anomaly[code=ZERO_USE, household=H1, meter=M1, readOn=2026-03-31, message=no water"
                        + " used in 2026-03]");
        assertThat(anomalies(5, "100", "140"))
                .containsExactly("Anomaly[code=HIGH_USE, household=H1, meter=M1, readOn=2026-03-31, message=40 m³ is"
                        + " above 3 × the household's average of 11.00 m³]");
        assertThat(anomalies(5, "100", "102"))
                .containsExactly("Anomaly[code=LOW_USE, household=H1, meter=M1, readOn=2026-03-31, message=2 m³ is"
                        + " below 0.3 × the household's average of 11.00 m³]");
    }

    @Test
    void aReplacedMeterIsNamedOnceByTheFirstMeterOfThePeriod() {
        assertThat(anomalies(
                        List.of(meter(M1, 5), meter(M2, 5)),
                        STEADY,
                        read(M1, "2026-02-27", "300", ReadingKind.ACTUAL),
                        read(M1, "2026-03-15", "305", ReadingKind.FINAL),
                        read(M2, "2026-03-15", "0", ReadingKind.INITIAL),
                        read(M2, "2026-03-30", "9", ReadingKind.ACTUAL)))
                .containsExactly("Anomaly[code=METER_REPLACED, household=H1, meter=M1, readOn=2026-03-15,"
                        + " message=meter M1 was taken out in 2026-03]");
        assertThat(anomalies(
                        List.of(meter(M2, 5)),
                        STEADY,
                        read(M2, "2026-03-15", "0", ReadingKind.INITIAL),
                        read(M2, "2026-03-30", "11", ReadingKind.ACTUAL)))
                .containsExactly("Anomaly[code=METER_REPLACED, household=H1, meter=M2, readOn=2026-03-30,"
                        + " message=meter M2 was fitted in 2026-03]");
    }

    @Test
    void anEstimatedAMissingAndAnAbsentEarlierReadingSaySo() {
        assertThat(anomalies(
                        List.of(meter(M1, 5)),
                        STEADY,
                        read(M1, "2026-02-27", "120", ReadingKind.ESTIMATED),
                        read(M1, "2026-03-30", "131", ReadingKind.ACTUAL)))
                .containsExactly("Anomaly[code=ESTIMATED_READ, household=H1, meter=M1, readOn=2026-03-30,"
                        + " message=the use rests on an estimated reading of meter M1]");
        assertThat(anomalies(List.of(meter(M1, 5)), STEADY, read(M1, "2026-02-27", "120", ReadingKind.ACTUAL)))
                .containsExactly("Anomaly[code=MISSING_READ, household=H1, meter=M1, readOn=2026-03-31, message=no"
                        + " reading in 2026-03; use estimated as 11 m³ (average)]");
        assertThat(anomalies(List.of(meter(M1, 5)), STEADY, read(M1, "2026-03-30", "135", ReadingKind.ACTUAL)))
                .containsExactly("Anomaly[code=NO_PREVIOUS_READ, household=H1, meter=M1, readOn=2026-03-30,"
                        + " message=meter M1 has no reading before 2026-03-01 to measure from]");
    }

    @Test
    void twoMetersAreEachMeasuredAndJudgedTogetherUnderTheFirstMeterRead() {
        assertThat(anomalies(
                        List.of(meter(M1, 5), meter(M2, 5)),
                        STEADY,
                        read(M2, "2026-02-26", "50", ReadingKind.ACTUAL),
                        read(M1, "2026-02-27", "100", ReadingKind.ESTIMATED),
                        read(M2, "2026-03-29", "50", ReadingKind.ACTUAL),
                        read(M1, "2026-03-30", "100", ReadingKind.ACTUAL)))
                .containsExactly(
                        "Anomaly[code=ESTIMATED_READ, household=H1, meter=M1, readOn=2026-03-30, message=the use"
                                + " rests on an estimated reading of meter M1]",
                        "Anomaly[code=ZERO_USE, household=H1, meter=M2, readOn=2026-03-31, message=no water used in"
                                + " 2026-03]");
    }

    @Test
    void aChineseReaderReadsTheSameAnomaliesInChinese() {
        List<String> zh = readings
                .measure(
                        H,
                        List.of(meter(M1, 5)),
                        List.of(
                                read(M1, "2026-02-27", "99990", ReadingKind.ACTUAL),
                                read(M1, "2026-03-30", "8", ReadingKind.ACTUAL)),
                        STEADY,
                        MARCH)
                .anomalies()
                .stream()
                .map(a -> a.wording().in(Locale.SIMPLIFIED_CHINESE))
                .toList();

        assertThat(zh).containsExactly("水表 M1 读数超过 100000 m³ 后归零：99990 → 8 即 18 m³");
    }
}
