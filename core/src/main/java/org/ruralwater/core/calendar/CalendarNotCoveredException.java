package org.ruralwater.core.calendar;

import java.time.LocalDate;
import java.util.Set;

/** Thrown when a work calendar is asked about a year it has no data for. */
public final class CalendarNotCoveredException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient LocalDate date;

    CalendarNotCoveredException(String calendar, LocalDate date, Set<Integer> years) {
        super("work calendar " + calendar + " has no data for " + date.getYear() + " (asked about " + date
                + "; it covers " + years + ")\nMaybe add a calendar file for " + date.getYear()
                + " from that year's holiday notice, with WorkCalendar.read(...).plus(...).");
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
