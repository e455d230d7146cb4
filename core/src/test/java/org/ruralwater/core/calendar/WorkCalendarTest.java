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
        // Issue 16: china() now answers 2031 provisionally; the notices alone still refuse it.
        WorkCalendar notices = china.noticesOnly();
        assertThatThrownBy(() -> notices.isWorkingDay(LocalDate.of(2031, 5, 1)))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("has no data for 2031")
                .hasMessageContaining("Maybe add a calendar file for 2031");
        assertThat(notices.covers(LocalDate.of(2031, 5, 1))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2007-05-01", "2101-05-01"})
    void refusesAYearTheHolidayLawCannotDerive(LocalDate date) {
        // Before 2008 the law had no 清明, 端午 or 中秋 and week-long holidays came from notices alone; the
        // lunar-date table ends with 2100.
        assertThatThrownBy(() -> china.isWorkingDay(date))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("has no data for " + date.getYear())
                .hasMessageContaining("it covers 2024–2026 from notices and 2008–2023, 2027–2100 provisionally")
                .hasMessageContaining("Maybe add a calendar file for " + date.getYear());
        assertThat(china.covers(date)).isFalse();
    }

    @Test
    void answersAYearWithoutANoticeProvisionally() {
        LocalDate labourDay = LocalDate.of(2027, 5, 3);

        assertThat(china.covers(labourDay)).isTrue();
        assertThat(china.isProvisional(labourDay)).isTrue();
        assertThat(china.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(china.provisionalYears()).contains(2008, 2023, 2027, 2100).doesNotContain(2024, 2025, 2026);
        assertThat(china.source(2027))
                .hasValueSatisfying(s -> assertThat(s).contains("provisional").contains("全国年节及纪念日放假办法"));
        // 1-2 May 2027 are a weekend, so 劳动节 is made up on Monday 3 and Tuesday 4 May (第六条).
        assertThat(china.holiday(labourDay)).hasValue("劳动节补休 Labour Day in lieu");
        assertThat(china.isWorkingDay(LocalDate.of(2027, 5, 4))).isFalse();
        assertThat(china.isWorkingDay(LocalDate.of(2027, 5, 5))).isTrue();
        assertThat(china.isMakeUpWorkingDay(LocalDate.of(2027, 4, 25))).isFalse();
        assertThat(china).hasToString("WorkCalendar[CN 2024–2026, provisional 2008–2023, 2027–2100]");
    }

    @Test
    void aPeriodIsProvisionalWhenAnyOfItsYearsIs() {
        assertThat(china.isProvisional(Period.range(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31))))
                .isTrue();
        assertThat(china.provisionalYearsIn(Period.range(LocalDate.of(2023, 12, 1), LocalDate.of(2027, 1, 31))))
                .containsExactly(2023, 2027);
        assertThat(china.isProvisional(Period.year(2026))).isFalse();
        assertThatThrownBy(() -> china.isProvisional(Period.range(LocalDate.of(2100, 12, 1), LocalDate.of(2101, 1, 1))))
                .isInstanceOf(CalendarNotCoveredException.class);
    }

    @Test
    void aWorkingDayCountSaysWhetherItIsProvisional() {
        // 2024 from 国办发明电〔2023〕7号: 366 days, 104 weekend days, 19 holiday days on weekdays and 8
        // make-up Saturdays and Sundays.
        assertThat(china.workingDayCount(Period.year(2024)))
                .hasToString("2024: 251 working days")
                .returns(false, WorkingDayCount::isProvisional);
        assertThat(china.workingDaysIn(Period.year(2024))).isEqualTo(366 - 104 - 19 + 8);
        // 2027 without its notice: 261 weekdays less the 13 days of the 2024 revision, each made up if it
        // falls on a weekend.
        assertThat(china.workingDayCount(Period.year(2027)))
                .hasToString("2027: 248 working days (provisional: 2027)")
                .returns(true, WorkingDayCount::isProvisional);
        assertThat(china.workingDayCount(Period.range(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 8))))
                .hasToString("2026-12-28..2027-01-08: 9 working days (provisional: 2027)");
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        // 2024 Spring Festival: 10-17 February off; Sunday 4 and Sunday 18 February worked.
        "2024-02-04, true",
        "2024-02-09, true",
        "2024-02-10, false",
        "2024-02-16, false",
        "2024-02-18, true",
        // 端午节 on Monday 10 June, joined to the weekend; Saturday 14 September worked for 中秋.
        "2024-06-10, false",
        "2024-09-14, true",
        "2024-10-07, false",
        "2024-10-12, true"
    })
    void follows2024sNotice(LocalDate date, boolean working) {
        assertThat(china.isWorkingDay(date)).isEqualTo(working);
        assertThat(china.isProvisional(date)).isFalse();
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
        // The agency's file replaces the provisional 2031, and nothing else.
        assertThat(extended.isProvisional(LocalDate.of(2031, 5, 2))).isFalse();
        assertThat(china.isProvisional(LocalDate.of(2031, 5, 2))).isTrue();
        assertThat(extended.years()).contains(2031);
        assertThat(extended.provisionalYears()).doesNotContain(2031).contains(2030, 2032);
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
        // Since 2024's notice ships, every shipped year is named, 2025 among them.
        assertThatThrownBy(() -> china.plus(china)).hasMessageContaining("both calendars cover 2024, 2025, 2026");
    }
}
