package org.ruralwater.maintenance.plan;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * A calendar recurrence written as an RFC 5545 RRULE value (for example {@code FREQ=MONTHLY;INTERVAL=6}),
 * expanded by lib-recur. Dates only: maintenance is due on a day, not at a minute.
 *
 * <p>Month ends follow RFC 5545: {@code BYMONTHDAY=31} skips the months without a 31st. A plan that wants
 * "the last day of a shorter month" says so with {@code RSCALE=GREGORIAN;SKIP=BACKWARD} (RFC 7529), or with
 * {@code BYMONTHDAY=-1}.
 */
public final class CalendarRule {

    /** Enough for a daily rule over 27 years: a rule that yields nothing sooner is treated as exhausted. */
    private static final int MAX_INSTANCES = 10_000;

    private final String text;
    private final RecurrenceRule rule;

    private CalendarRule(String text, RecurrenceRule rule) {
        this.text = text;
        this.rule = rule;
    }

    /**
     * Reads an RRULE value, with or without the {@code RRULE:} prefix.
     *
     * @throws IllegalArgumentException naming the rule and what is wrong with it
     */
    public static CalendarRule parse(String text) {
        String value = requireNonNull(text, "text").strip();
        if (value.regionMatches(true, 0, "RRULE:", 0, 6)) {
            value = value.substring(6);
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an empty recurrence rule\nMaybe FREQ=MONTHLY;INTERVAL=6?");
        }
        try {
            return new CalendarRule(value, new RecurrenceRule(value, RecurrenceRule.RfcMode.RFC5545_STRICT));
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "not an RFC 5545 recurrence rule: \"" + value + "\" (" + e.getMessage() + ")", e);
        }
    }

    /** The dates of the rule started on {@code start} that fall in {@code [from, to]}, in order. */
    public List<LocalDate> between(LocalDate start, LocalDate from, LocalDate to) {
        requireNonNull(start, "start");
        List<LocalDate> out = new ArrayList<>();
        RecurrenceRuleIterator it = rule.iterator(dateTime(start));
        if (from.isAfter(start)) {
            it.fastForward(dateTime(from));
        }
        for (int i = 0; i < MAX_INSTANCES && it.hasNext(); i++) {
            LocalDate d = localDate(it.nextDateTime());
            if (d.isAfter(to)) {
                break;
            }
            if (!d.isBefore(from)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The first date of the rule started on {@code start} that is after it: the next due after a completion. */
    public Optional<LocalDate> firstAfter(LocalDate start) {
        RecurrenceRuleIterator it = rule.iterator(dateTime(requireNonNull(start, "start")));
        for (int i = 0; i < MAX_INSTANCES && it.hasNext(); i++) {
            LocalDate d = localDate(it.nextDateTime());
            if (d.isAfter(start)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static DateTime dateTime(LocalDate d) {
        return new DateTime(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth()); // lib-recur months are 0-based
    }

    private static LocalDate localDate(DateTime d) {
        return LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDayOfMonth());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarRule other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
