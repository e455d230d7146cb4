package org.ruralwater.maintenance.plan;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

/**
 * The flood season (汛期) of a county, inclusive at both ends, as {@code MM-DD} texts. Provinces set their own
 * (for example 6-1 to 9-30 in much of North China, from 4-15 or 5-1 in the south), so it is catalogue data.
 */
public record FloodSeason(String from, String to, String source) {

    public FloodSeason {
        requireNonNull(source, "source");
        monthDay(from, "from");
        monthDay(to, "to");
    }

    /** Whether the date is in the season; a season may run over the new year. */
    public boolean contains(LocalDate date) {
        MonthDay d = MonthDay.from(date);
        MonthDay f = monthDay(from, "from");
        MonthDay t = monthDay(to, "to");
        return f.isAfter(t) ? !d.isBefore(f) || !d.isAfter(t) : !d.isBefore(f) && !d.isAfter(t);
    }

    private static MonthDay monthDay(String text, String what) {
        requireNonNull(text, what);
        try {
            return MonthDay.parse("--" + text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "the flood season's " + what + " must be MM-DD, such as 06-01, but was \"" + text + "\"");
        }
    }
}
