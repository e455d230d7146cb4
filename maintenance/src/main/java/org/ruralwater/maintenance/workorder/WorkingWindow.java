package org.ruralwater.maintenance.workorder;

import static java.util.Objects.requireNonNull;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** A span of working hours within a working day, written {@code 08:30-12:00}. */
public record WorkingWindow(LocalTime from, LocalTime to) {

    public WorkingWindow {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("working hours " + from + "-" + to + " end before they start");
        }
    }

    public static WorkingWindow parse(String text) {
        String[] parts = requireNonNull(text, "text").strip().split("-", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("working hours are written HH:MM-HH:MM, such as 08:30-12:00");
        }
        try {
            return new WorkingWindow(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("working hours are written HH:MM-HH:MM, such as 08:30-12:00");
        }
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
