package org.ruralwater.core.datafile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as ISO 8601 writes them, and as a spreadsheet on a Chinese desktop writes them: always year, month,
 * day, in that order ({@code 2026-03-02}, {@code 2026-3-2}, {@code 2026/3/2}, {@code 2026/03/02}, with a time
 * such as {@code 2026/3/2 9:10}). A date whose year is not first ({@code 2/3/2026}) is refused, never
 * guessed: day-month and month-day orders cannot be told apart.
 */
final class YearFirstDates {

    /** Year, a separator ({@code -} or {@code /}), month, the same separator, day. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");

    /** A date, a space or {@code T}, hours (one or two digits), minutes and optional seconds. */
    private static final Pattern DATE_TIME =
            Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    private YearFirstDates() {}

    /**
     * @throws DateTimeException when the text is no such date, or no date at all
     */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE); // the common case, strictly
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new DateTimeException("not a year-first date: " + text);
        }
        return LocalDate.of(number(m, 1), number(m, 3), number(m, 4));
    }

    /**
     * @throws DateTimeException when the text is no such date and time
     */
    static LocalDateTime dateTime(String text) {
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) {
            return LocalDateTime.parse(text.replace(' ', 'T')); // ISO, with seconds and fractions
        }
        LocalDate date = LocalDate.of(number(m, 1), number(m, 3), number(m, 4));
        int seconds = m.group(7) == null ? 0 : number(m, 7);
        return LocalDateTime.of(date, LocalTime.of(number(m, 5), number(m, 6), seconds));
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
