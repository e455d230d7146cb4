package org.ruralwater.escalation.watch;

import org.ruralwater.core.datafile.Coded;

/** Where an alert stands as of the watch's time. */
public enum AlertStatus implements Coded {
    /** Not resolved, and its deadline (with the links' grace) not yet passed. */
    OPEN,
    /** A later sample at the same works shows what the alert was about complies (or, for an analysis, decides). */
    RESOLVED,
    /** Not resolved, and past its deadline and grace: a ticket is opened for it if its kind escalates. */
    OVERDUE
}
