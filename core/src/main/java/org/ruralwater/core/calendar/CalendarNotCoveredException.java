package org.ruralwater.core.calendar;

import java.time.LocalDate;

/** Thrown when a work calendar is asked about a year it has neither a notice for nor can derive. */
public final class CalendarNotCoveredException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient LocalDate date;

    /** @param coverage what the calendar covers, such as "2024–2026 from notices and 2008–2100 provisionally" */
    CalendarNotCoveredException(String calendar, LocalDate date, String coverage) {
        super("work calendar " + calendar + " has no data for " + date.getYear() + " (asked about " + date
                + "; it covers " + coverage + ")\nMaybe add a calendar file for " + date.getYear()
                + " from that year's holiday notice, with WorkCalendar.read(...).plus(...).");
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
