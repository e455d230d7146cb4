package org.ruralwater.billing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;

class ReadingsTest {

    private static final HouseholdId H = HouseholdId.of("H1");
    private static final MeterId M1 = MeterId.of("M1");
    private static final MeterId M2 = MeterId.of("M2");
    private static final Period MARCH = Period.month(2026, 3);
    private static final List<BigDecimal> STEADY = history("10", "12", "11", "10", "12", "11"); // average 11

    private final Readings readings = Readings.under(ReadingPolicy.DEFAULT);

    private static List<BigDecimal> history(String... m3) {
        return Arrays.stream(m3).map(BigDecimal::new).toList();
    }

    private static List<Meter> meter(int digits) {
        return List.of(new Meter(M1, H, 15, digits, LocalDate.of(2022, 1, 1)));
    }

    private static MeterReading read(MeterId m, String day, String value, ReadingKind kind) {
        return new MeterReading(m, LocalDate.parse(day), new BigDecimal(value), kind);
    }

    private MeteredUse measure(List<Meter> meters, List<BigDecimal> history, MeterReading... rs) {
        return readings.measure(H, meters, List.of(rs), history, MARCH);
    }

    private static List<AnomalyCode> codes(MeteredUse u) {
        return u.anomalies().stream().map(Anomaly::code).toList();
    }

    @Test
    void anOrdinaryMonthIsTheDifferenceOfTwoReadings() {
        MeteredUse u = measure(
                meter(5),
                STEADY,
                read(M1, "2026-02-27", "120", ReadingKind.ACTUAL),
                read(M1, "2026-03-30", "135", ReadingKind.ACTUAL));
        assertThat(u.m3()).isEqualByComparingTo("15");
        assertThat(u.anomalies()).isEmpty();
        assertThat(u.blocked()).isFalse();
        assertThat(u.estimated()).isFalse();
    }

    @Test
    void aRegisterPassingItsLastDigitIsARollover() {
        MeteredUse u = measure(
                meter(5),
                STEADY,
                read(M1, "2026-02-27", "99990", ReadingKind.ACTUAL),
                read(M1, "2026-03-30", "8", ReadingKind.ACTUAL));
        assertThat(u.m3()).isEqualByComparingTo("18");
        assertThat(codes(u)).containsExactly(AnomalyCode.ROLLOVER);
        assertThat(u.blocked()).isFalse();
    }

    @Test
    void aDropNoRolloverExplainsIsAReversalAndBlocksTheBill() {
        MeteredUse u = measure(
                meter(4),
                STEADY,
                read(M1, "2026-02-27", "500", ReadingKind.ACTUAL),
                read(M1, "2026-03-30", "480", ReadingKind.ACTUAL));
        assertThat(u.m3()).isEqualByComparingTo("0");
        assertThat(codes(u)).containsExactly(AnomalyCode.REVERSAL);
        assertThat(u.anomalies().get(0).message()).contains("9980 m³");
        assertThat(u.blocked()).isTrue();
    }

    @Test
    void zeroHighAndLowUseAreNamedAgainstTheHouseholdsOwnAverage() {
        assertThat(codes(measure(
                        meter(5),
                        STEADY,
                        read(M1, "2026-02-27", "100", ReadingKind.ACTUAL),
                        read(M1, "2026-03-30", "100", ReadingKind.ACTUAL))))
                .containsExactly(AnomalyCode.ZERO_USE);
        assertThat(codes(measure(
                        meter(5),
                        STEADY,
                        read(M1, "2026-02-27", "100", ReadingKind.ACTUAL),
                        read(M1, "2026-03-30", "140", ReadingKind.ACTUAL))))
                .containsExactly(AnomalyCode.HIGH_USE);
        assertThat(codes(measure(
                        meter(5),
                        STEADY,
                        read(M1, "2026-02-27", "100", ReadingKind.ACTUAL),
                        read(M1, "2026-03-30", "102", ReadingKind.ACTUAL))))
                .containsExactly(AnomalyCode.LOW_USE);
        // Two months of history say too little to call 40 m³ high.
        assertThat(codes(measure(
                        meter(5),
                        history("10", "11"),
                        read(M1, "2026-02-27", "100", ReadingKind.ACTUAL),
                        read(M1, "2026-03-30", "140", ReadingKind.ACTUAL))))
                .isEmpty();
    }

    @Test
    void aReplacedMeterAddsTheOldMetersLastStretchToTheNewMetersFirst() {
        List<Meter> both = List.of(
                new Meter(M1, H, 15, 5, LocalDate.of(2018, 1, 1)), new Meter(M2, H, 15, 5, LocalDate.of(2026, 3, 15)));
        MeteredUse u = readings.measure(
                H,
                both,
                List.of(
                        read(M1, "2026-02-27", "300", ReadingKind.ACTUAL),
                        read(M1, "2026-03-15", "305", ReadingKind.FINAL),
                        read(M2, "2026-03-15", "0", ReadingKind.INITIAL),
                        read(M2, "2026-03-30", "9", ReadingKind.ACTUAL)),
                STEADY,
                MARCH);
        assertThat(u.m3()).isEqualByComparingTo("14");
        assertThat(codes(u)).containsExactly(AnomalyCode.METER_REPLACED);
    }

    @Test
    void anEstimatedReadingIsSaidOnTheBill() {
        MeteredUse u = measure(
                meter(5),
                STEADY,
                read(M1, "2026-02-27", "120", ReadingKind.ACTUAL),
                read(M1, "2026-03-30", "131", ReadingKind.ESTIMATED));
        assertThat(u.estimated()).isTrue();
        assertThat(codes(u)).containsExactly(AnomalyCode.ESTIMATED_READ);
    }

    @Test
    void aMissingReadingIsEstimatedByThePolicyAndSaysSo() {
        MeteredUse u = measure(meter(5), STEADY, read(M1, "2026-02-27", "120", ReadingKind.ACTUAL));
        assertThat(u.m3()).isEqualByComparingTo("11");
        assertThat(u.estimated()).isTrue();
        assertThat(codes(u)).containsExactly(AnomalyCode.MISSING_READ);
        assertThat(u.anomalies().get(0).message()).contains("estimated as 11 m³ (average)");
    }

    @Test
    void aMissingReadingOfAHouseholdWithSeveralMetersNamesTheLowestMeterId() {
        List<Meter> both = List.of(
                new Meter(M2, H, 15, 5, LocalDate.of(2018, 1, 1)), new Meter(M1, H, 15, 5, LocalDate.of(2018, 1, 1)));
        MeteredUse u = measure(
                both,
                STEADY,
                read(M2, "2026-02-27", "120", ReadingKind.ACTUAL),
                read(M1, "2026-02-27", "7", ReadingKind.ACTUAL));
        assertThat(codes(u)).containsExactly(AnomalyCode.MISSING_READ);
        assertThat(u.anomalies().get(0).meter()).isEqualTo(M1);
    }

    @Test
    void aHouseholdWithoutAnyMeterCannotBeMeasured() {
        assertThatThrownBy(() -> measure(List.of(), STEADY)).hasMessageContaining("household H1 has no meter");
    }

    @Test
    void withoutAnEarlierReadingThereIsNothingToMeasureFrom() {
        MeteredUse u = measure(meter(5), List.of(), read(M1, "2026-03-30", "135", ReadingKind.ACTUAL));
        assertThat(codes(u)).containsExactly(AnomalyCode.NO_PREVIOUS_READ);
        assertThat(u.blocked()).isTrue();
    }

    @Test
    void aReadingOfAnotherHouseholdsMeterIsTheCallersMistake() {
        assertThatThrownBy(() -> measure(meter(5), STEADY, read(M2, "2026-03-30", "1", ReadingKind.ACTUAL)))
                .hasMessageContaining("which household H1 does not have");
    }

    @Test
    void anAgencyPolicyComesFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("policy.json");
        Files.writeString(file, """
                {"high_factor": 2.5, "low_factor": 0, "history_periods": 12, "max_rollover_use": 100, "missing_read": "zero",
                 "actions": [{"anomaly": "high_use", "action": "block"}], "source": "county rule (test)"}
                """);
        ReadingPolicy p = ReadingPolicy.read(file);
        assertThat(p.actionFor(AnomalyCode.HIGH_USE)).isEqualTo(ReadingPolicy.Action.BLOCK);
        assertThat(p.actionFor(AnomalyCode.REVERSAL)).isEqualTo(ReadingPolicy.Action.FLAG);
        Files.writeString(file, """
                {"high_factor": 0.5, "low_factor": 0, "history_periods": 12, "max_rollover_use": 100, "missing_read": "never",
                 "actions": [], "source": "x"}
                """);
        assertThatThrownBy(() -> ReadingPolicy.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missing_read");
    }
}
