package org.ruralwater.maintenance.plan;

import org.ruralwater.core.datafile.Coded;

/** The part of the year a task applies in, against the catalogue's flood season (汛期). */
public enum Season implements Coded {
    ALL_YEAR,
    FLOOD_SEASON,
    OUTSIDE_FLOOD_SEASON
}
