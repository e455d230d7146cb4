package org.ruralwater.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The versions of 全国年节及纪念日放假办法 (the State Council's measures on national holidays) since 2008, each
 * with the holidays of its 第二条, and the provisional calendar year they give without a notice.
 *
 * <p>A provisional year knows the holidays and, by 第六条 ("全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假"),
 * the days in lieu (补休) of the holidays that fall on a Saturday or Sunday, placed on the first working days
 * after the holiday as the notices themselves do (2017: 元旦 on Sunday, "1月2日（星期一）补休"). It does not know
 * the notice's 调休: the Saturdays and Sundays worked to join a holiday to a weekend, and the weekdays taken
 * off in exchange. Those move working days without, as a rule, changing how many there are (the notices for
 * 2024 to 2026 count exactly the law's days), so a provisional year's count is the law's, while a date near a
 * holiday may still change when the notice comes.
 */
enum HolidayLaw {
    /**
     * The revision of 国务院令第513号 (2007-12-14), in force from 2008-01-01: 春节 除夕 to 正月初二, 清明,
     * 端午 and 中秋 one day each, 劳动节 one day.
     */
    REVISION_2007(2008, "国务院令第513号, 2007-12-14, in force from 2008-01-01", -1, 3, 1),
    /** The revision of 国务院令第644号 (2013-12-11), in force from 2014-01-01: 春节 moves to 正月初一 to 初三. */
    REVISION_2013(2014, "国务院令第644号, 2013-12-11, in force from 2014-01-01", 0, 3, 1),
    /**
     * The revision of 国务院令第795号 (2024-11-10), in force from 2025-01-01: 春节 four days, 除夕 to 正月初三;
     * 劳动节 two days, 1 and 2 May.
     */
    REVISION_2024(2025, "国务院令第795号, 2024-11-10, in force from 2025-01-01", -1, 4, 2);

    /** The first year the lunar-date table and the versions above can derive. */
    static final int FIRST_YEAR = 2008;

    private final int inForceFrom;
    private final String citation;
    private final int springFestivalFrom;
    private final int springFestivalDays;
    private final int labourDays;

    HolidayLaw(int inForceFrom, String citation, int springFestivalFrom, int springFestivalDays, int labourDays) {
        this.inForceFrom = inForceFrom;
        this.citation = citation;
        this.springFestivalFrom = springFestivalFrom;
        this.springFestivalDays = springFestivalDays;
        this.labourDays = labourDays;
    }

    /** The version in force on 1 January of the year; empty before 2008. */
    static Optional<HolidayLaw> inForce(int year) {
        HolidayLaw found = null;
        for (HolidayLaw law : values()) {
            if (law.inForceFrom <= year) {
                found = law;
            }
        }
        return Optional.ofNullable(found);
    }

    String citation() {
        return citation;
    }

    /** One holiday of 第二条 in a given year: its days, in order. */
    record Festival(String name, String inLieu, List<LocalDate> days) {
        Festival {
            days = List.copyOf(days);
        }

        LocalDate last() {
            return days.get(days.size() - 1);
        }
    }

    /** The holidays of 第二条 in the year, in date order. */
    List<Festival> festivals(LunarDates lunar) {
        int year = lunar.year();
        List<Festival> out = new ArrayList<>();
        out.add(festival("元旦 New Year's Day", "元旦补休 New Year's Day in lieu", LocalDate.of(year, 1, 1), 1));
        out.add(festival(
                "春节 Spring Festival",
                "春节补休 Spring Festival in lieu",
                lunar.springFestival().plusDays(springFestivalFrom),
                springFestivalDays));
        out.add(festival("清明节 Qingming", "清明节补休 Qingming in lieu", lunar.qingming(), 1));
        out.add(festival("劳动节 Labour Day", "劳动节补休 Labour Day in lieu", LocalDate.of(year, 5, 1), labourDays));
        out.add(festival("端午节 Dragon Boat Festival", "端午节补休 Dragon Boat Festival in lieu", lunar.dragonBoat(), 1));
        out.add(festival("中秋节 Mid-Autumn Festival", "中秋节补休 Mid-Autumn Festival in lieu", lunar.midAutumn(), 1));
        out.add(festival("国庆节 National Day", "国庆节补休 National Day in lieu", LocalDate.of(year, 10, 1), 3));
        out.sort(Comparator.comparing((Festival f) -> f.days().get(0)));
        return out;
    }

    /**
     * The provisional calendar year: the holidays and their days in lieu, Saturday and Sunday rest days, no
     * working days moved.
     *
     * <p>A holiday day owes a day in lieu when it falls on a Saturday or Sunday, or on a day another holiday
     * already holds (中秋 on 1 to 3 October: the 2020 notice gave both). The days owed go, holiday by
     * holiday in date order, to the first weekdays after it that are not already off.
     */
    CalendarYear derive(String calendar, LunarDates lunar) {
        int year = lunar.year();
        Map<LocalDate, String> off = new TreeMap<>();
        List<Festival> festivals = festivals(lunar);
        List<Integer> owed = new ArrayList<>();
        for (Festival f : festivals) {
            int n = 0;
            for (LocalDate d : f.days()) {
                String before = off.get(d);
                if (isWeekend(d) || before != null) {
                    n++;
                }
                off.put(d, before == null ? f.name() : before + ", " + f.name());
            }
            owed.add(n);
        }
        for (int i = 0; i < festivals.size(); i++) {
            LocalDate d = festivals.get(i).last();
            for (int k = 0; k < owed.get(i); k++) {
                do {
                    d = d.plusDays(1);
                } while (isWeekend(d) || off.containsKey(d));
                off.put(d, festivals.get(i).inLieu());
            }
        }
        List<CalendarYear.Holiday> holidays = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        String name = null;
        for (Map.Entry<LocalDate, String> e : off.entrySet()) {
            if (name != null && e.getValue().equals(name) && e.getKey().equals(to.plusDays(1))) {
                to = e.getKey();
                continue;
            }
            if (name != null) {
                holidays.add(new CalendarYear.Holiday(name, from, to));
            }
            from = e.getKey();
            to = e.getKey();
            name = e.getValue();
        }
        if (name != null) {
            holidays.add(new CalendarYear.Holiday(name, from, to));
        }
        return new CalendarYear(
                calendar,
                year,
                "provisional: derived from 全国年节及纪念日放假办法 (" + citation + "), 第二条 and 第六条, with the lunar"
                        + " dates of " + LunarDates.TABLE + "; no State Council notice for " + year
                        + " yet, so no 调休 working days",
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                holidays,
                List.of());
    }

    private static Festival festival(String name, String inLieu, LocalDate first, int days) {
        List<LocalDate> d = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            d.add(first.plusDays(i));
        }
        return new Festival(name, inLieu, d);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
