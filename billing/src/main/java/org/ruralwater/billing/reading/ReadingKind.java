package org.ruralwater.billing.reading;

import org.ruralwater.core.datafile.Coded;

/** How a register reading was taken. File codes are the lower-case names. */
public enum ReadingKind implements Coded {
    /** Read from the meter by the reader or the water manager. */
    ACTUAL,
    /** Estimated without reading the meter (the meter could not be reached). */
    ESTIMATED,
    /** The first reading of a newly fitted meter. */
    INITIAL,
    /** The last reading of a meter taken out. */
    FINAL
}
