package org.ruralwater.core.staff;

import org.ruralwater.core.datafile.Coded;

/** A skill or certificate that some maintenance work requires. File codes are the lower-case names. */
public enum Skill implements Coded {
    /** Pipe laying and repair. */
    PIPEWORK,
    /** Low-voltage electrical work (an electrician's certificate, 电工证). */
    ELECTRICAL,
    /** Pump and motor service. */
    PUMP_MECHANIC,
    /** Disinfection equipment and dosing. */
    DISINFECTION,
    /** On-site water testing. */
    WATER_TESTING,
    /** Pipe welding (a welder's certificate, 焊工证). */
    WELDING,
    /** Meter installation and reading. */
    METERING
}
