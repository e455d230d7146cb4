package org.ruralwater.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ruralwater.core.datafile.InvalidInputException;

class WorkCalendarTest {

    private final WorkCalendar china = WorkCalendar.china();

    @Test
    void coversTheYearsOfTheNoticesItShips() {
        assertThat(china.years()).contains(2025, 2026);
        assertThat(china.source(2026)).hasValueSatisfying(s -> assertThat(s).contains("2026年部分节假日安排"));
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        // 2026 Spring Festival: 15-23 February off; Saturday 14 and Saturday 28 February worked.
        "2026-02-13, true",
        "2026-02-14, true",
        "2026-02-15, false",
        "2026-02-23, false",
        "2026-02-24, true",
        "2026-02-28, true",
        // New Year 2026: 1-3 January off, Sunday 4 January worked.
        "2026-01-02, false",
        "2026-01-04, true",
        // National Day 2026: 1-7 October off; Sunday 20 September and Saturday 10 October worked.
        "2026-09-20, true",
        "2026-10-07, false",
        "2026-10-08, true",
        "2026-10-10, true",
        // 2025 National Day and Mid-Autumn together: 1-8 October off.
        "2025-10-08, false",
        "2025-10-11, true",
        // Ordinary weekends and weekdays.
        "2026-03-07, false",
        "2026-03-09, true"
    })
    void followsTheStateCouncilNotices(LocalDate date, boolean working) {
        assertThat(china.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void namesHolidaysAndMakeUpDays() {
        assertThat(china.holiday(LocalDate.of(2026, 2, 17)))
                .hasValueSatisfying(n -> assertThat(n).contains("春节"));
        assertThat(china.holiday(LocalDate.of(2026, 3, 7))).isEmpty();
        assertThat(china.isMakeUpWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
    }

    @Test
    void addsWorkingDaysAcrossTheSpringFestival() {
        // Friday 13 February 2026 + 1 working day = Saturday 14 (a make-up day); + 2 = Tuesday 24.
        LocalDate friday = LocalDate.of(2026, 2, 13);
        assertThat(china.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(china.plusWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(china.plusWorkingDays(friday, 0)).isEqualTo(friday);
        assertThat(china.plusWorkingDays(LocalDate.of(2026, 2, 15), 0)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(china.plusWorkingDays(LocalDate.of(2026, 2, 15), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(china.plusWorkingDays(LocalDate.of(2026, 2, 15), 2)).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void countsWorkingDaysInAPeriod() {
        // February 2026: 20 weekdays, minus 16-20 and 23 (Spring Festival), plus Saturdays 14 and 28.
        assertThat(china.workingDaysIn(Period.month(2026, 2))).isEqualTo(16);
        // 2025: 365 days, 104 weekend days, 18 holiday days on weekdays (1 + 6 + 1 + 3 + 1 + 6, holiday by
        // holiday in the notice) and 5 make-up Saturdays and Sundays: 248 working days.
        assertThat(china.workingDaysIn(Period.year(2025))).isEqualTo(365 - 104 - 18 + 5);
    }

    @Test
    void refusesToGuessAYearItHasNoNoticeFor() {
        assertThatThrownBy(() -> china.isWorkingDay(LocalDate.of(2031, 5, 1)))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("has no data for 2031")
                .hasMessageContaining("Maybe add a calendar file for 2031");
        assertThat(china.covers(LocalDate.of(2031, 5, 1))).isFalse();
    }

    @Test
    void anAgencyAddsAYearWithItsOwnFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cn-2031.json");
        Files.writeString(file, """
                {"calendar": "CN", "year": 2031, "source": "a test notice", "rest_days": ["saturday", "sunday"],
                 "holidays": [{"name": "劳动节", "from": "2031-05-01", "to": "2031-05-05"}],
                 "working_days": [{"date": "2031-04-27", "name": "劳动节调休"}]}
                """);
        WorkCalendar extended = china.plus(WorkCalendar.read(List.of(file)));
        assertThat(extended.isWorkingDay(LocalDate.of(2031, 5, 2))).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2031, 4, 27))).isTrue();
        assertThat(extended.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
    }

    @Test
    void aBadCalendarFileIsRefusedWithEveryReason(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"calendar": "CN", "year": 2031, "source": "", "rest_days": ["saturday", "sunday"],
                 "holidays": [{"name": "A", "from": "2031-05-01", "to": "2031-05-02"},
                              {"name": "B", "from": "2031-05-02", "to": "2031-05-03"}],
                 "working_days": [{"date": "2031-05-06", "name": "a Tuesday"}]}
                """);
        assertThatThrownBy(() -> WorkCalendar.read(List.of(file)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.json:1:1: (object): expected a valid CalendarYear")
                .hasMessageContaining("names no source")
                .hasMessageContaining("2031-05-02 is in two holidays")
                .hasMessageContaining("working day 2031-05-06 is a TUESDAY, which is a working day anyway");
    }

    @Test
    void refusesTwoFilesForOneYear() {
        assertThatThrownBy(() -> china.plus(china)).hasMessageContaining("both calendars cover 2025");
    }
}
