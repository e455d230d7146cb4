package org.ruralwater.core.calendar;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.datafile.ResourceIndex;

/**
 * Which days are working days: the weekly rest days, the public holidays and the make-up working days (调休),
 * year by year, from data files.
 *
 * <p>{@link #china()} holds mainland China's calendar from the State Council's annual notices, one file a
 * year, each naming its notice. A calendar knows which years it covers and refuses to answer for any other
 * year, because treating an unknown year as having no holidays would move every deadline that crosses the
 * Spring Festival.
 */
public final class WorkCalendar {

    private static final String RESOURCES = "/org/ruralwater/core/calendar/";
    private static final JsonReader<CalendarYear> READER = JsonReader.forRecord(CalendarYear.class);

    private final String name;
    private final Map<Integer, Set<DayOfWeek>> restDaysByYear;
    private final Map<LocalDate, String> holidays;
    private final Map<LocalDate, String> workingDays;
    private final Map<Integer, String> sources;

    private WorkCalendar(
            String name,
            Map<Integer, Set<DayOfWeek>> restDaysByYear,
            Map<LocalDate, String> holidays,
            Map<LocalDate, String> workingDays,
            Map<Integer, String> sources) {
        this.name = name;
        this.restDaysByYear = Map.copyOf(restDaysByYear);
        this.holidays = Map.copyOf(holidays);
        this.workingDays = Map.copyOf(workingDays);
        this.sources = Map.copyOf(sources);
    }

    /** Mainland China's calendar for every year the library ships a notice for. */
    public static WorkCalendar china() {
        return Bundled.CHINA;
    }

    /**
     * A calendar read from data files, one year each (see {@code docs/calendar-files.md}).
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

    /** This calendar with the years of {@code other} added; a year in both is an error. */
    public WorkCalendar plus(WorkCalendar other) {
        for (Integer y : other.years()) {
            if (sources.containsKey(y)) {
                throw new IllegalArgumentException("both calendars cover " + y);
            }
        }
        Map<Integer, Set<DayOfWeek>> rest = new HashMap<>(restDaysByYear);
        rest.putAll(other.restDaysByYear);
        Map<LocalDate, String> h = new HashMap<>(holidays);
        h.putAll(other.holidays);
        Map<LocalDate, String> w = new HashMap<>(workingDays);
        w.putAll(other.workingDays);
        Map<Integer, String> s = new HashMap<>(sources);
        s.putAll(other.sources);
        return new WorkCalendar(name, rest, h, w, s);
    }

    static WorkCalendar of(List<CalendarYear> years) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("a work calendar needs at least one year");
        }
        String name = years.get(0).calendar();
        Map<Integer, Set<DayOfWeek>> rest = new HashMap<>();
        Map<LocalDate, String> holidays = new HashMap<>();
        Map<LocalDate, String> working = new HashMap<>();
        Map<Integer, String> sources = new TreeMap<>();
        for (CalendarYear y : years) {
            if (!y.calendar().equals(name)) {
                throw new IllegalArgumentException(
                        "cannot join calendar " + y.calendar() + " (" + y.year() + ") to calendar " + name);
            }
            if (sources.put(y.year(), y.source()) != null) {
                throw new IllegalArgumentException("calendar " + name + " has two files for " + y.year());
            }
            rest.put(y.year(), y.restDays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(y.restDays()));
            for (CalendarYear.Holiday h : y.holidays()) {
                for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                    holidays.put(d, h.name());
                }
            }
            for (CalendarYear.WorkingDay w : y.workingDays()) {
                working.put(w.date(), w.name());
            }
        }
        for (LocalDate d : working.keySet()) {
            if (holidays.containsKey(d)) {
                throw new IllegalArgumentException(d + " is a holiday in one file and a working day in another");
            }
        }
        return new WorkCalendar(name, rest, holidays, working, sources);
    }

    public String name() {
        return name;
    }

    /** The years this calendar can answer for, in order. */
    public Set<Integer> years() {
        return new TreeSet<>(sources.keySet());
    }

    /** The notice the year's dates come from. */
    public Optional<String> source(int year) {
        return Optional.ofNullable(sources.get(year));
    }

    public boolean covers(LocalDate date) {
        return restDaysByYear.containsKey(requireNonNull(date, "date").getYear());
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

    /** The name of the holiday on that day, if it is one. */
    public Optional<String> holiday(LocalDate date) {
        restDaysOf(date);
        return Optional.ofNullable(holidays.get(date));
    }

    /** Whether the day is a rest day made a working day (调休上班). */
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
     * {@code n = 0}, the date itself if it is a working day, else the next one.
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

    /** The number of working days in the period. */
    public long workingDaysIn(Period period) {
        return period.dates().filter(this::isWorkingDay).count();
    }

    /** The working days in the period, in order. */
    public List<LocalDate> workingDays(Period period) {
        return period.dates().filter(this::isWorkingDay).toList();
    }

    @Override
    public String toString() {
        return "WorkCalendar[" + name + " " + years() + "]";
    }

    private Set<DayOfWeek> restDaysOf(LocalDate date) {
        Set<DayOfWeek> rest = restDaysByYear.get(requireNonNull(date, "date").getYear());
        if (rest == null) {
            throw new CalendarNotCoveredException(name, date, years());
        }
        return rest;
    }

    /** The calendars shipped with the library, read once. */
    private static final class Bundled {
        static final WorkCalendar CHINA = of(ResourceIndex.readAll(WorkCalendar.class, RESOURCES, "cn.index", READER));
    }
}
