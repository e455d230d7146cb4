package org.ruralwater.core.calendar;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.datafile.ResourceIndex;

/**
 * Which days are working days: the weekly rest days, the public holidays and the make-up working days (调休),
 * year by year.
 *
 * <p>{@link #china()} holds mainland China's calendar. A year with a State Council notice is read from its
 * file, one file a year, each naming its notice: these are the authority. A year without one (2008 to 2100)
 * is <em>provisional</em>: derived from the version of 全国年节及纪念日放假办法 in force that year, its holidays
 * with the lunar dates of a shipped table and its 第六条 days in lieu (补休) for holidays on a Saturday or
 * Sunday, but without the notice's 调休, which no rule gives. {@link #isProvisional(LocalDate)} and
 * {@link #provisionalYears()} say which answers are provisional, and so should every result built on them.
 * A calendar refuses to answer for a year it neither has a notice for nor can derive, because treating an
 * unknown year as having no holidays would move every deadline that crosses the Spring Festival.
 */
public final class WorkCalendar {

    private static final String RESOURCES = "/org/ruralwater/core/calendar/";
    private static final JsonReader<CalendarYear> READER = JsonReader.forRecord(CalendarYear.class);

    private final String name;
    private final List<CalendarYear> notices;
    private final List<CalendarYear> derived;
    private final Map<Integer, Set<DayOfWeek>> restDaysByYear;
    private final Map<LocalDate, String> holidays;
    private final Map<LocalDate, String> workingDays;
    private final Map<Integer, String> sources;
    private final SortedSet<Integer> noticeYears;
    private final SortedSet<Integer> provisional;

    private WorkCalendar(
            String name,
            List<CalendarYear> notices,
            List<CalendarYear> derived,
            Map<Integer, Set<DayOfWeek>> restDaysByYear,
            Map<LocalDate, String> holidays,
            Map<LocalDate, String> workingDays,
            Map<Integer, String> sources) {
        this.name = name;
        this.notices = List.copyOf(notices);
        this.derived = List.copyOf(derived);
        this.restDaysByYear = Map.copyOf(restDaysByYear);
        this.holidays = Map.copyOf(holidays);
        this.workingDays = Map.copyOf(workingDays);
        this.sources = Map.copyOf(sources);
        this.noticeYears = years(notices);
        this.provisional = years(derived);
    }

    /**
     * Mainland China's calendar: the years the library ships a State Council notice for, and every other year
     * from 2008 to 2100 provisionally.
     */
    public static WorkCalendar china() {
        return Bundled.CHINA;
    }

    /**
     * A calendar read from data files, one year each (see {@code docs/data-files.md}). It has no provisional
     * years.
     *
     * @throws InvalidInputException listing every problem in every file, including files for the same
     *     year twice and files of different calendars
     */
    public static WorkCalendar read(Collection<Path> files) {
        List<Problem> problems = new ArrayList<>();
        List<CalendarYear> years = new ArrayList<>();
        for (Path f : files) {
            try {
                years.add(READER.readOne(f));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return of(years);
    }

    /**
     * This calendar with the years of {@code other} added. A year with a notice in both is an error; a notice
     * replaces a provisional year, so an agency's file for 2027 makes 2027 firm.
     */
    public WorkCalendar plus(WorkCalendar other) {
        SortedSet<Integer> both = new TreeSet<>(noticeYears);
        both.retainAll(other.noticeYears);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("both calendars cover "
                    + String.join(", ", both.stream().map(String::valueOf).toList()));
        }
        List<CalendarYear> n = new ArrayList<>(notices);
        n.addAll(other.notices);
        List<CalendarYear> d = new ArrayList<>(derived);
        d.addAll(other.derived);
        return of(n, d);
    }

    /** This calendar without its provisional years: it answers only where a notice says. */
    public WorkCalendar noticesOnly() {
        return derived.isEmpty() ? this : of(notices, List.of());
    }

    static WorkCalendar of(List<CalendarYear> years) {
        return of(years, List.of());
    }

    /**
     * A calendar of notice years and provisional years; a provisional year that also has a notice is dropped,
     * and of two provisional years for one year the first is kept.
     */
    static WorkCalendar of(List<CalendarYear> notices, List<CalendarYear> provisional) {
        if (notices.isEmpty() && provisional.isEmpty()) {
            throw new IllegalArgumentException("a work calendar needs at least one year");
        }
        String name = (notices.isEmpty() ? provisional : notices).get(0).calendar();
        Map<Integer, Set<DayOfWeek>> rest = new HashMap<>();
        Map<LocalDate, String> noticeHolidays = new HashMap<>();
        Map<LocalDate, String> working = new HashMap<>();
        Map<Integer, String> sources = new TreeMap<>();
        for (CalendarYear y : notices) {
            join(name, y);
            if (sources.put(y.year(), y.source()) != null) {
                throw new IllegalArgumentException("calendar " + name + " has two files for " + y.year());
            }
            rest.put(y.year(), restDays(y));
            y.holidays().forEach(h -> put(h, noticeHolidays));
            for (CalendarYear.WorkingDay w : y.workingDays()) {
                working.put(w.date(), w.name());
            }
        }
        for (LocalDate d : working.keySet()) {
            if (noticeHolidays.containsKey(d)) {
                throw new IllegalArgumentException(d + " is a holiday in one file and a working day in another");
            }
        }
        Map<Integer, CalendarYear> kept = new LinkedHashMap<>();
        for (CalendarYear y : provisional) {
            join(name, y);
            if (!sources.containsKey(y.year())) {
                kept.putIfAbsent(y.year(), y);
            }
        }
        Map<LocalDate, String> holidays = new HashMap<>();
        for (CalendarYear y : kept.values()) {
            sources.put(y.year(), y.source());
            rest.put(y.year(), restDays(y));
            y.holidays().forEach(h -> put(h, holidays));
        }
        // A notice's holiday that begins in the year before (元旦 from 30 December) wins over that year's
        // derived days: the notice knows better.
        holidays.putAll(noticeHolidays);
        return new WorkCalendar(name, notices, List.copyOf(kept.values()), rest, holidays, working, sources);
    }

    public String name() {
        return name;
    }

    /** The years this calendar has a notice (a calendar file) for, in order. */
    public Set<Integer> years() {
        return noticeYears;
    }

    /**
     * The years this calendar answers for provisionally, derived from the holiday law without a notice, in
     * order. A calendar covers {@link #years()} and these.
     */
    public Set<Integer> provisionalYears() {
        return provisional;
    }

    /** The notice the year's dates come from or, for a provisional year, the law they are derived from. */
    public Optional<String> source(int year) {
        return Optional.ofNullable(sources.get(year));
    }

    /** Whether the calendar answers for the date's year, from a notice or provisionally. */
    public boolean covers(LocalDate date) {
        return restDaysByYear.containsKey(requireNonNull(date, "date").getYear());
    }

    /**
     * Whether the answers for that day are provisional: its year has no State Council notice.
     *
     * @throws CalendarNotCoveredException when the calendar has no data for the date's year
     */
    public boolean isProvisional(LocalDate date) {
        restDaysOf(date);
        return provisional.contains(date.getYear());
    }

    /**
     * Whether any day of the period lies in a provisional year.
     *
     * @throws CalendarNotCoveredException when the calendar has no data for a year of the period
     */
    public boolean isProvisional(Period period) {
        return !provisionalYearsIn(period).isEmpty();
    }

    /**
     * The provisional years among the period's years, in order; empty when every answer about the period is
     * firm.
     *
     * @throws CalendarNotCoveredException when the calendar has no data for a year of the period
     */
    public SortedSet<Integer> provisionalYearsIn(Period period) {
        requireNonNull(period, "period");
        SortedSet<Integer> out = new TreeSet<>();
        for (int y = period.start().getYear(); y <= period.end().getYear(); y++) {
            LocalDate first = y == period.start().getYear() ? period.start() : LocalDate.of(y, 1, 1);
            if (isProvisional(first)) {
                out.add(y);
            }
        }
        return Collections.unmodifiableSortedSet(out);
    }

    /**
     * Whether people work on that day: not a holiday, and either a make-up working day or not a weekly rest
     * day.
     *
     * @throws CalendarNotCoveredException when the calendar has no data for the date's year
     */
    public boolean isWorkingDay(LocalDate date) {
        Set<DayOfWeek> rest = restDaysOf(date);
        if (holidays.containsKey(date)) {
            return false;
        }
        return workingDays.containsKey(date) || !rest.contains(date.getDayOfWeek());
    }

    /** The name of the holiday on that day, if it is one; in a provisional year also a day in lieu (补休). */
    public Optional<String> holiday(LocalDate date) {
        restDaysOf(date);
        return Optional.ofNullable(holidays.get(date));
    }

    /** Whether the day is a rest day made a working day (调休上班); never in a provisional year. */
    public boolean isMakeUpWorkingDay(LocalDate date) {
        restDaysOf(date);
        return workingDays.containsKey(date);
    }

    /** The date itself when it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The working day that is {@code n} working days after {@code date} (the date itself does not count); for
     * {@code n = 0}, the date itself if it is a working day, else the next one. The result is provisional when
     * {@link #isProvisional(Period) isProvisional(Period.range(date, result))}.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot add " + n + " working days\nMaybe minusWorkingDays?");
        }
        LocalDate d = workingDayOnOrAfter(date);
        int counted = d.equals(date) ? 0 : 1;
        if (counted == 1 && n == 0) {
            return d;
        }
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The number of working days in the period; {@link #workingDayCount} also says whether it is provisional. */
    public long workingDaysIn(Period period) {
        return period.dates().filter(this::isWorkingDay).count();
    }

    /** The number of working days in the period, with the provisional years it rests on. */
    public WorkingDayCount workingDayCount(Period period) {
        return new WorkingDayCount(period, workingDaysIn(period), provisionalYearsIn(period));
    }

    /** The working days in the period, in order. */
    public List<LocalDate> workingDays(Period period) {
        return period.dates().filter(this::isWorkingDay).toList();
    }

    /** For example {@code WorkCalendar[CN 2024–2026, provisional 2008–2023, 2027–2100]}. */
    @Override
    public String toString() {
        return "WorkCalendar[" + name + " " + spans(noticeYears)
                + (provisional.isEmpty() ? "" : ", provisional " + spans(provisional)) + "]";
    }

    /** Years as runs, such as {@code 2008–2023, 2027–2100}. */
    static String spans(Set<Integer> years) {
        List<String> out = new ArrayList<>();
        Integer from = null;
        Integer to = null;
        for (int y : new TreeSet<>(years)) {
            if (to != null && y == to + 1) {
                to = y;
                continue;
            }
            if (from != null) {
                out.add(from.equals(to) ? String.valueOf(from) : from + "–" + to);
            }
            from = y;
            to = y;
        }
        if (from != null) {
            out.add(from.equals(to) ? String.valueOf(from) : from + "–" + to);
        }
        return out.isEmpty() ? "no year" : String.join(", ", out);
    }

    private Set<DayOfWeek> restDaysOf(LocalDate date) {
        Set<DayOfWeek> rest = restDaysByYear.get(requireNonNull(date, "date").getYear());
        if (rest == null) {
            throw new CalendarNotCoveredException(
                    name,
                    date,
                    spans(noticeYears) + " from notices"
                            + (provisional.isEmpty() ? "" : " and " + spans(provisional) + " provisionally"));
        }
        return rest;
    }

    private static void join(String name, CalendarYear y) {
        if (!y.calendar().equals(name)) {
            throw new IllegalArgumentException(
                    "cannot join calendar " + y.calendar() + " (" + y.year() + ") to calendar " + name);
        }
    }

    private static Set<DayOfWeek> restDays(CalendarYear y) {
        return y.restDays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(y.restDays());
    }

    private static void put(CalendarYear.Holiday h, Map<LocalDate, String> into) {
        for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
            into.put(d, h.name());
        }
    }

    private static SortedSet<Integer> years(List<CalendarYear> years) {
        SortedSet<Integer> out = new TreeSet<>();
        years.forEach(y -> out.add(y.year()));
        return Collections.unmodifiableSortedSet(out);
    }

    /** The calendars shipped with the library, read once. */
    private static final class Bundled {
        static final WorkCalendar CHINA = china();

        private static WorkCalendar china() {
            List<CalendarYear> notices = ResourceIndex.readAll(WorkCalendar.class, RESOURCES, "cn.index", READER);
            String name = notices.get(0).calendar();
            List<CalendarYear> derived = new ArrayList<>();
            for (LunarDates lunar : LunarDates.bundled()) {
                HolidayLaw.inForce(lunar.year()).ifPresent(law -> derived.add(law.derive(name, lunar)));
            }
            return of(notices, derived);
        }
    }
}
