package org.ruralwater.store.quality;

import java.time.YearMonth;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.Coded;

/** The length of the periods pass rates are counted over: a month, a quarter or a year. */
public enum Span implements Coded {
    /** A calendar month, as the store counts them. */
    MONTH,
    /** A calendar quarter: its three months' counts added. */
    QUARTER,
    /** A calendar year: its twelve months' counts added. */
    YEAR;

    /** The first month of the span holding the month. */
    public YearMonth start(YearMonth month) {
        return switch (this) {
            case MONTH -> month;
            case QUARTER -> YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> YearMonth.of(month.getYear(), 1);
        };
    }

    /** The span starting in the month, as core's period ({@code 2026-03}, {@code 2026-Q1}, {@code 2026}). */
    public Period period(YearMonth start) {
        return switch (this) {
            case MONTH -> Period.month(start.getYear(), start.getMonthValue());
            case QUARTER -> Period.quarter(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Period.year(start.getYear());
        };
    }
}
