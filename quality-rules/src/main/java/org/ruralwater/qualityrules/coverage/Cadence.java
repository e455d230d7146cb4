package org.ruralwater.qualityrules.coverage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.ruralwater.core.datafile.Coded;

/** How often a rule's samples are due: each window of this length must hold them. */
public enum Cadence implements Coded {
    /** Each calendar day. */
    DAY,
    /** Each week, Monday to Sunday. */
    WEEK,
    /** Each calendar month. */
    MONTH,
    /** Each calendar quarter. */
    QUARTER,
    /** Each calendar year (or, with months, those months of each year). */
    YEAR;

    /** The first day of the window that contains the date. */
    LocalDate start(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> d.withMonth((d.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    /** The last day of the window that starts on the date. */
    LocalDate end(LocalDate start) {
        return switch (this) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }
}
