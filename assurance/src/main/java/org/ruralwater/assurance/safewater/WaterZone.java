package org.ruralwater.assurance.safewater;

import org.ruralwater.core.datafile.Coded;

/**
 * The water-resource zone a place lies in. T/CHES 18-2018 §3.3: 缺水地区 is resource-type scarcity, under 1000
 * m³ of water resources per person (medium confidence, text copy of the clause).
 */
public enum WaterZone implements Coded {
    /** 丰水地区 (not water-deficient). */
    WATER_RICH,
    /** 缺水地区. */
    WATER_DEFICIENT
}
