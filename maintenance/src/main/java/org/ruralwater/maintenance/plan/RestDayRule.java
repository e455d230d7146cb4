package org.ruralwater.maintenance.plan;

import java.time.LocalDate;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.datafile.Coded;

/** What happens to a task whose due date falls on a rest day or public holiday of the work calendar. */
public enum RestDayRule implements Coded {
    /** Due that day anyway: daily reservoir patrols in the flood season do not stop for holidays. */
    KEEP,
    /** Moved to the working day before, so the task is not late because of the holiday. */
    PREVIOUS_WORKING_DAY,
    /** Moved to the next working day. */
    NEXT_WORKING_DAY;

    LocalDate apply(LocalDate due, WorkCalendar calendar) {
        return switch (this) {
            case KEEP -> due;
            case NEXT_WORKING_DAY -> calendar.workingDayOnOrAfter(due);
            case PREVIOUS_WORKING_DAY -> {
                LocalDate d = due;
                while (!calendar.isWorkingDay(d)) {
                    d = d.minusDays(1);
                }
                yield d;
            }
        };
    }
}
