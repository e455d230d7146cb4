package org.ruralwater.core.calendar;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A span of whole days, both ends included: a calendar month, quarter or year, or any date range. Billing
 * periods, reporting periods and plan horizons are periods.
 *
 * <p>Text forms: {@code 2026-03} (month), {@code 2026-Q1} (quarter), {@code 2026} (year) and {@code
 * 2026-01-05..2026-02-10} (range); {@link #parse} reads each back to an equal period.
 */
public sealed interface Period permits Period.Month, Period.Quarter, Period.Year, Period.DateRange {

    /** The first day. */
    LocalDate start();

    /** The last day, included. */
    LocalDate end();

    /** The number of days, both ends counted. */
    default long days() {
        return ChronoUnit.DAYS.between(start(), end()) + 1;
    }

    default boolean contains(LocalDate date) {
        requireNonNull(date, "date");
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** Each day of the period, in order. */
    default Stream<LocalDate> dates() {
        return start().datesUntil(end().plusDays(1));
    }

    default boolean overlaps(Period other) {
        return !other.end().isBefore(start()) && !other.start().isAfter(end());
    }

    /** The days both periods share, as a range; empty when they do not overlap. */
    default Optional<Period> intersection(Period other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        LocalDate s = start().isAfter(other.start()) ? start() : other.start();
        LocalDate e = end().isBefore(other.end()) ? end() : other.end();
        return Optional.of(new DateRange(s, e));
    }

    static Month month(int year, int month) {
        return new Month(YearMonth.of(year, month));
    }

    static Quarter quarter(int year, int quarter) {
        return new Quarter(year, quarter);
    }

    static Year year(int year) {
        return new Year(year);
    }

    static DateRange range(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /** Reads any of the text forms. */
    static Period parse(String text) {
        requireNonNull(text, "text");
        String t = text.strip();
        Matcher m;
        try {
            if ((m = Forms.MONTH.matcher(t)).matches()) {
                return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = Forms.QUARTER.matcher(t)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = Forms.YEAR.matcher(t)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = Forms.RANGE.matcher(t)).matches()) {
                return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a valid period: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(
                "\"" + text
                        + "\" is not a period; expected 2026-03 (month), 2026-Q1 (quarter), 2026 (year) or 2026-01-05..2026-02-10");
    }

    /** A calendar month. */
    record Month(YearMonth yearMonth) implements Period {
        public Month {
            requireNonNull(yearMonth, "yearMonth");
        }

        @Override
        public LocalDate start() {
            return yearMonth.atDay(1);
        }

        @Override
        public LocalDate end() {
            return yearMonth.atEndOfMonth();
        }

        public Month next() {
            return new Month(yearMonth.plusMonths(1));
        }

        public Month previous() {
            return new Month(yearMonth.minusMonths(1));
        }

        @Override
        public String toString() {
            return yearMonth.toString();
        }
    }

    /** A calendar quarter, 1 to 4. */
    record Quarter(int year, int quarter) implements Period {
        public Quarter {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("a quarter is 1 to 4, but was " + quarter);
            }
            java.time.Year.of(year);
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        }

        @Override
        public LocalDate end() {
            return YearMonth.of(year, quarter * 3).atEndOfMonth();
        }

        @Override
        public String toString() {
            return year + "-Q" + quarter;
        }
    }

    /** A calendar year. */
    record Year(int year) implements Period {
        public Year {
            java.time.Year.of(year);
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(year, 1, 1);
        }

        @Override
        public LocalDate end() {
            return LocalDate.of(year, 12, 31);
        }

        @Override
        public String toString() {
            return Integer.toString(year);
        }
    }

    /** Any range of days, both ends included. */
    record DateRange(LocalDate start, LocalDate end) implements Period {
        public DateRange {
            requireNonNull(start, "start");
            requireNonNull(end, "end");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException(
                        "a period cannot end (" + end + ") before it starts (" + start + ")");
            }
        }

        @Override
        public String toString() {
            return start + ".." + end;
        }
    }
}

/** The text forms of periods. */
final class Forms {
    static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    static final Pattern YEAR = Pattern.compile("(\\d{4})");
    static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    private Forms() {}
}
