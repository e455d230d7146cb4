package org.ruralwater.maintenance.workorder;

/** How a commitment's hours are counted. */
public enum Clock {
    /** Around the clock: nights, weekends and holidays count. */
    CALENDAR,
    /** Only the working hours of working days of the work calendar count. */
    WORKING
}
