package org.ruralwater.core.works;

import org.ruralwater.core.datafile.Coded;

/** Where a works takes its raw water. */
public enum SourceType implements Coded {
    /** 地下水: wells and boreholes. */
    GROUNDWATER,
    /** 地表水: rivers, lakes and reservoirs. */
    SURFACE,
    /** 山泉水: springs. */
    SPRING,
    /** 水窖: rainwater collected in cisterns, common in water-deficient hills. */
    RAINWATER_CISTERN
}
