package org.ruralwater.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.works.ScaleClass;

/** The examples in README.md, word for word, so that the README cannot drift from the code. */
class ReadmeExamplesTest {

    @Test
    void coreInUse(@TempDir Path dir) {
        // Money is exact: a water bill of 13.5 m³ at 2.85 yuan/m³, rounded once, half-up, to the fen.
        Money bill = Money.of("CNY", "2.85").multipliedBy(new BigDecimal("13.5"), RoundingMode.HALF_UP);
        assertThat(bill).hasToString("CNY 38.48");
        // Sharing it between three households never creates or loses a fen.
        assertThat(bill.allocate(1, 1, 1))
                .extracting(Money::toString)
                .containsExactly("CNY 12.83", "CNY 12.83", "CNY 12.82");

        // Quantities convert exactly between units of one dimension, and refuse to mix dimensions.
        Quantity arsenic = Quantity.parse("12 µg/L");
        assertThat(arsenic.isGreaterThan(Quantity.of("0.01", Unit.MILLIGRAM_PER_LITRE)))
                .isTrue();
        assertThat(ScaleClass.of(Quantity.parse("1200 m³/d"))).contains(ScaleClass.III);

        // Region codes know their parents, up to the province.
        assertThat(RegionCode.parse("539821101201").ancestors())
                .extracting(RegionCode::value)
                .containsExactly("539821101000", "539821", "539800", "530000");
        // ...and the region a code lies in at any level, for roll-ups.
        assertThat(RegionCode.parse("539821101201").at(RegionLevel.TOWNSHIP))
                .contains(RegionCode.parse("539821101000"));

        // The work calendar follows the State Council's holiday notices, make-up days included.
        WorkCalendar china = WorkCalendar.china();
        assertThat(china.plusWorkingDays(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(china.workingDaysIn(Period.parse("2026-02"))).isEqualTo(16);
        // A year without a notice yet is derived from the holiday law, its days in lieu included, and says so.
        assertThat(china.isWorkingDay(LocalDate.of(2027, 2, 9))).isFalse(); // 春节 on the weekend, made up
        assertThat(china.isProvisional(LocalDate.of(2027, 2, 9))).isTrue();
        assertThat(china.workingDayCount(Period.year(2027))).hasToString("2027: 248 working days (provisional: 2027)");

        // The demo county is a folder of the same CSV files an agency would import.
        DemoCounty.writeTo(dir, 2_000, 42);
        County county = County.read(dir); // every file, every cross-reference checked, all or nothing
        assertThat(county.households()).hasSize(2_000);

        // A strict reader reports every problem of a file at once, with line, column and field.
        List<Household> households = CsvReader.forRecord(Household.class).read(dir.resolve("households.csv"));
        assertThat(households).hasSize(2_000);
        assertThatThrownBy(() -> CsvReader.forRecord(Household.class).read(dir.resolve("villages.csv")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(
                        "villages.csv:1:6: name: expected one of the columns id, village, works, members, connection, meter");
    }
}
