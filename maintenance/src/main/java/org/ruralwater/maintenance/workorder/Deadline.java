package org.ruralwater.maintenance.workorder;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When a commitment falls due, and the provisional work-calendar years it was counted through.
 *
 * <p>A deadline on the working clock that crosses a year without a State Council holiday notice (2027 before
 * its notice, say) is counted on the calendar derived from the holiday law: the notice may still move working
 * days (调休), and with them the deadline. A deadline on the calendar clock never depends on the work
 * calendar and is always firm.
 *
 * @param provisionalYears the years without a notice that the count went through; empty when firm
 */
public record Deadline(LocalDateTime at, SortedSet<Integer> provisionalYears) {

    public Deadline {
        requireNonNull(at, "at");
        provisionalYears = Collections.unmodifiableSortedSet(new TreeSet<>(provisionalYears));
    }

    /** A deadline that no notice can move. */
    public static Deadline firm(LocalDateTime at) {
        return new Deadline(at, new TreeSet<>());
    }

    /** Whether a State Council notice still to come can move this deadline. */
    public boolean isProvisional() {
        return !provisionalYears.isEmpty();
    }

    /** For example {@code 2027-02-12T15:00 (provisional: 2027)}. */
    @Override
    public String toString() {
        return isProvisional()
                ? at + " (provisional: "
                        + provisionalYears.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"
                : at.toString();
    }
}
