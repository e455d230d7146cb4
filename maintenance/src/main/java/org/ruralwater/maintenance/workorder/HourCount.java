package org.ruralwater.maintenance.workorder;

import org.ruralwater.core.datafile.Coded;

/** How a commitment's hours are counted. */
public enum HourCount implements Coded {
    /** Around the clock: nights, weekends and holidays count. */
    CALENDAR,
    /** Only the working hours of working days of the work calendar count. */
    WORKING
}
