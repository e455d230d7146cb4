package org.ruralwater.maintenance.workorder;

import org.ruralwater.core.datafile.Coded;

/** Where a work order came from. */
public enum Origin implements Coded {
    /** A call to the county's service hotline (服务热线) or a report to the water manager. */
    HOTLINE,
    /** A failed check item on a patrol. */
    PATROL,
    /** An alarm from a sensor: pressure, level, residual chlorine, flow. */
    SENSOR
}
