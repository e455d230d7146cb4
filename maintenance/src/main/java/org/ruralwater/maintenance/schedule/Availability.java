package org.ruralwater.maintenance.schedule;

import org.ruralwater.core.datafile.Coded;

/**
 * Whether a worker works on a day. Rest days and holidays are on-call days: a county operator keeps a 24-hour
 * hotline and a duty crew (Datian county's on-site-within-2-hours promise, ../shared/domain.md §5.2), so
 * repairs may be done then, at a cost, and so may the checks the catalogue keeps on rest days (a daily intake
 * screen or dosing check does not stop for a weekend); other planned work waits for a working day.
 */
public enum Availability implements Coded {
    /** A working day of the work calendar. */
    WORKING,
    /** A rest day or holiday: repairs and the checks kept on rest days only. */
    ON_CALL,
    /** Leave: no work at all. */
    OFF;

    boolean allows(Job job) {
        return this == WORKING || (this == ON_CALL && job.onRestDays());
    }
}
