package org.ruralwater.core.calendar;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How many working days a period has, and the provisional calendar years the count rests on.
 *
 * <p>A count over a whole provisional year is the law's count. A notice moves working days (调休) and, unless it
 * adds a day off, keeps their number: the notices for 2024, 2025 and 2026 each count exactly what the law
 * gives. The dates do move, so a count over part of a provisional year can change when the notice comes.
 *
 * @param provisionalYears the years of the period without a State Council notice; empty when the count is firm
 */
public record WorkingDayCount(Period period, long days, SortedSet<Integer> provisionalYears) {

    public WorkingDayCount {
        requireNonNull(period, "period");
        if (days < 0 || days > period.days()) {
            throw new IllegalArgumentException(
                    "a period of " + period.days() + " days cannot have " + days + " working days");
        }
        provisionalYears = Collections.unmodifiableSortedSet(new TreeSet<>(provisionalYears));
    }

    /** Whether the count rests on a year that has no State Council notice yet. */
    public boolean isProvisional() {
        return !provisionalYears.isEmpty();
    }

    /** For example {@code 2027: 248 working days (provisional: 2027)}. */
    @Override
    public String toString() {
        String text = period + ": " + days + " working days";
        return isProvisional()
                ? text + " (provisional: "
                        + provisionalYears.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"
                : text;
    }
}
