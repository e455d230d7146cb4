package org.ruralwater.core.calendar;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One year of a work calendar as its data file holds it: the weekly rest days, the holidays and the make-up
 * working days (调休), with the notice they come from.
 */
record CalendarYear(
        String calendar,
        int year,
        String source,
        List<DayOfWeek> restDays,
        List<CalendarYear.Holiday> holidays,
        List<CalendarYear.WorkingDay> workingDays) {

    /** A holiday of one or more days; it may start in the year before (元旦 spans do). */
    record Holiday(String name, LocalDate from, LocalDate to) {
        Holiday {
            requireNonNull(name, "name");
            requireNonNull(from, "from");
            requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException(
                        "holiday " + name + " ends (" + to + ") before it starts (" + from + ")");
            }
        }
    }

    /** A rest day made a working day to balance a holiday. */
    record WorkingDay(LocalDate date, String name) {
        WorkingDay {
            requireNonNull(date, "date");
            requireNonNull(name, "name");
        }
    }

    CalendarYear {
        requireNonNull(calendar, "calendar");
        requireNonNull(source, "source");
        restDays = List.copyOf(restDays);
        holidays = List.copyOf(holidays);
        workingDays = List.copyOf(workingDays);
        List<String> wrong = new ArrayList<>();
        if (calendar.isBlank()) {
            wrong.add("the calendar has no name");
        }
        if (source.isBlank()) {
            wrong.add("the file names no source; name the notice the dates come from");
        }
        Set<LocalDate> holidayDates = new HashSet<>();
        for (Holiday h : holidays) {
            if (h.to().getYear() != year && h.from().getYear() != year) {
                wrong.add("holiday " + h.name() + " (" + h.from() + ".." + h.to() + ") lies outside " + year);
            }
            for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                if (!holidayDates.add(d)) {
                    wrong.add(d + " is in two holidays");
                }
            }
        }
        Set<LocalDate> workDates = new HashSet<>();
        for (WorkingDay w : workingDays) {
            if (w.date().getYear() != year) {
                wrong.add("working day " + w.date() + " lies outside " + year);
            }
            if (!restDays.contains(w.date().getDayOfWeek())) {
                wrong.add("working day " + w.date() + " is a " + w.date().getDayOfWeek()
                        + ", which is a working day anyway");
            }
            if (holidayDates.contains(w.date())) {
                wrong.add(w.date() + " is both a holiday and a working day");
            }
            if (!workDates.add(w.date())) {
                wrong.add("working day " + w.date() + " is listed twice");
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", wrong));
        }
    }
}
