package org.ruralwater.maintenance.plan;

import org.ruralwater.core.datafile.Coded;

/**
 * Where the next due date of a recurring task counts from (ServiceNow's fixed interval vs floating, Atlas
 * CMMS's {@code RecurrenceBasedOn}).
 */
public enum Anchoring implements Coded {
    /** From the schedule: due dates stay on the rule's dates however late the last task was done. */
    FIXED,
    /** From the last completion: a tank cleaned late is next due a full interval after that cleaning. */
    FLOATING
}
