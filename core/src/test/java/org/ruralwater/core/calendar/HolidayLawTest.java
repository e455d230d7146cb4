package org.ruralwater.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden years of the derived calendar. The lunar dates are checked first against sources that are not the
 * table's generator (ICU4J): the State Council's notice for 2024, the Hong Kong Observatory's 2027
 * conversion table, and python3-lunardate 0.2.0 with PyEphem 4.1.4 for 2028 (see the table's header).
 */
class HolidayLawTest {

    private static final Map<Integer, LunarDates> TABLE =
            LunarDates.bundled().stream().collect(Collectors.toMap(LunarDates::year, l -> l));

    @ParameterizedTest(name = "{0}: 春节 {1}, 清明 {2}, 端午 {3}, 中秋 {4}")
    @CsvSource({
        // 国办发明电〔2023〕7号: 除夕 2月9日, 端午节 6月10日; 清明 and 中秋 as HKO's 2024 table.
        "2024, 2024-02-10, 2024-04-04, 2024-06-10, 2024-09-17",
        // HKO T2027: month 1 begins 6 February (ICU4J says the 7th), month 5 on 5 June, month 8 on 1 September;
        // 清明 on 5 April at 08:17.
        "2027, 2027-02-06, 2027-04-05, 2027-06-09, 2027-09-15",
        "2028, 2028-01-26, 2028-04-04, 2028-05-28, 2028-10-03",
        // The other correction of ICU4J: the new moon of 3 February 2030 at 00:07.
        "2030, 2030-02-03, 2030-04-05, 2030-06-05, 2030-09-12"
    })
    void theLunarTableHasTheFestivalDates(
            int year, LocalDate spring, LocalDate qingming, LocalDate dragonBoat, LocalDate midAutumn) {
        assertThat(TABLE.get(year)).isEqualTo(new LunarDates(year, spring, qingming, dragonBoat, midAutumn));
    }

    @Test
    void eachYearFollowsTheVersionInForceOnItsFirstDay() {
        assertThat(HolidayLaw.inForce(2007)).isEmpty();
        assertThat(HolidayLaw.inForce(2008)).contains(HolidayLaw.REVISION_2007);
        assertThat(HolidayLaw.inForce(2013)).contains(HolidayLaw.REVISION_2007);
        assertThat(HolidayLaw.inForce(2014)).contains(HolidayLaw.REVISION_2013);
        assertThat(HolidayLaw.inForce(2024)).contains(HolidayLaw.REVISION_2013);
        assertThat(HolidayLaw.inForce(2025)).contains(HolidayLaw.REVISION_2024);
        assertThat(HolidayLaw.inForce(2100)).contains(HolidayLaw.REVISION_2024);
    }

    @Test
    void derives2024UnderThe2013Revision() {
        // 春节 is 正月初一 to 初三 (10-12 February); the 10th and 11th are a weekend, made up on the 13th and 14th.
        assertThat(daysOff(2024))
                .containsExactly(
                        "2024-01-01 元旦 New Year's Day",
                        "2024-02-10 春节 Spring Festival",
                        "2024-02-11 春节 Spring Festival",
                        "2024-02-12 春节 Spring Festival",
                        "2024-02-13 春节补休 Spring Festival in lieu",
                        "2024-02-14 春节补休 Spring Festival in lieu",
                        "2024-04-04 清明节 Qingming",
                        "2024-05-01 劳动节 Labour Day",
                        "2024-06-10 端午节 Dragon Boat Festival",
                        "2024-09-17 中秋节 Mid-Autumn Festival",
                        "2024-10-01 国庆节 National Day",
                        "2024-10-02 国庆节 National Day",
                        "2024-10-03 国庆节 National Day");
    }

    @Test
    void derives2027UnderThe2024Revision() {
        // 春节 is 除夕 (Friday 5 February) to 初三; 初一 and 初二 fall on the weekend. 劳动节 is 1-2 May, a
        // weekend; 国庆节 1-3 October has two weekend days.
        assertThat(daysOff(2027))
                .containsExactly(
                        "2027-01-01 元旦 New Year's Day",
                        "2027-02-05 春节 Spring Festival",
                        "2027-02-06 春节 Spring Festival",
                        "2027-02-07 春节 Spring Festival",
                        "2027-02-08 春节 Spring Festival",
                        "2027-02-09 春节补休 Spring Festival in lieu",
                        "2027-02-10 春节补休 Spring Festival in lieu",
                        "2027-04-05 清明节 Qingming",
                        "2027-05-01 劳动节 Labour Day",
                        "2027-05-02 劳动节 Labour Day",
                        "2027-05-03 劳动节补休 Labour Day in lieu",
                        "2027-05-04 劳动节补休 Labour Day in lieu",
                        "2027-06-09 端午节 Dragon Boat Festival",
                        "2027-09-15 中秋节 Mid-Autumn Festival",
                        "2027-10-01 国庆节 National Day",
                        "2027-10-02 国庆节 National Day",
                        "2027-10-03 国庆节 National Day",
                        "2027-10-04 国庆节补休 National Day in lieu",
                        "2027-10-05 国庆节补休 National Day in lieu");
    }

    @Test
    void derives2028WithMidAutumnOnTheThirdOfOctober() {
        // 元旦 on a Saturday is made up on Monday 3 January; 端午 on Sunday 28 May on the 29th. 中秋 shares 3
        // October with 国庆节, which also loses Sunday the 1st: two days in lieu, the 4th and the 5th.
        assertThat(daysOff(2028))
                .containsExactly(
                        "2028-01-01 元旦 New Year's Day",
                        "2028-01-03 元旦补休 New Year's Day in lieu",
                        "2028-01-25 春节 Spring Festival",
                        "2028-01-26 春节 Spring Festival",
                        "2028-01-27 春节 Spring Festival",
                        "2028-01-28 春节 Spring Festival",
                        "2028-04-04 清明节 Qingming",
                        "2028-05-01 劳动节 Labour Day",
                        "2028-05-02 劳动节 Labour Day",
                        "2028-05-28 端午节 Dragon Boat Festival",
                        "2028-05-29 端午节补休 Dragon Boat Festival in lieu",
                        "2028-10-01 国庆节 National Day",
                        "2028-10-02 国庆节 National Day",
                        "2028-10-03 国庆节 National Day, 中秋节 Mid-Autumn Festival",
                        "2028-10-04 国庆节补休 National Day in lieu",
                        "2028-10-05 中秋节补休 Mid-Autumn Festival in lieu");
    }

    @Test
    void the2007RevisionStartsTheSpringFestivalOnItsEve() {
        // 2013: 除夕 9 February (Saturday), 初一 and 初二 the 10th and 11th; two weekend days made up.
        assertThat(daysOff(2013))
                .filteredOn(d -> d.startsWith("2013-02"))
                .containsExactly(
                        "2013-02-09 春节 Spring Festival",
                        "2013-02-10 春节 Spring Festival",
                        "2013-02-11 春节 Spring Festival",
                        "2013-02-12 春节补休 Spring Festival in lieu",
                        "2013-02-13 春节补休 Spring Festival in lieu");
        assertThat(daysOff(2013)).filteredOn(d -> d.startsWith("2013-05")).containsExactly("2013-05-01 劳动节 Labour Day");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024", "2025", "2026"})
    void aDerivedYearCountsTheWorkingDaysOfItsNotice(int year) {
        // The notices move working days (调休) but keep the law's number of days off.
        WorkCalendar derived = WorkCalendar.of(List.of(), List.of(derive(year)));

        assertThat(derived.workingDaysIn(Period.year(year)))
                .isEqualTo(WorkCalendar.china().workingDaysIn(Period.year(year)));
    }

    @Test
    void aDerivedYearHasNoMovedWorkingDaysAndNamesItsLaw() {
        CalendarYear y = derive(2027);

        assertThat(y.workingDays()).isEmpty();
        assertThat(y.source()).contains("provisional", "国务院令第795号", "第六条", "no State Council notice for 2027");
    }

    private static CalendarYear derive(int year) {
        return HolidayLaw.inForce(year).orElseThrow().derive("CN", TABLE.get(year));
    }

    private static List<String> daysOff(int year) {
        Map<LocalDate, String> off = new TreeMap<>();
        for (CalendarYear.Holiday h : derive(year).holidays()) {
            for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                off.put(d, h.name());
            }
        }
        return off.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
    }
}
