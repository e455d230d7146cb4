package org.ruralwater.core.works;

/** Where a works takes its raw water. */
public enum SourceType {
    /** 地下水: wells and boreholes. */
    GROUNDWATER,
    /** 地表水: rivers, lakes and reservoirs. */
    SURFACE,
    /** 山泉水: springs. */
    SPRING,
    /** 水窖: rainwater collected in cisterns, common in water-deficient hills. */
    RAINWATER_CISTERN
}
