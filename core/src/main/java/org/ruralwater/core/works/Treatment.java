package org.ruralwater.core.works;

import org.ruralwater.core.datafile.Coded;

/** A treatment process of a works; a works may use several. File codes are the lower-case names. */
public enum Treatment implements Coded {
    /** No treatment besides disinfection. */
    NONE,
    /** 慢滤: slow sand filtration. */
    SLOW_SAND_FILTRATION,
    /** 常规处理: coagulation, sedimentation and filtration. */
    CONVENTIONAL,
    /** 一体化净水设备: a packaged treatment unit. */
    INTEGRATED_UNIT,
    /** 膜处理: ultrafiltration or nanofiltration. */
    MEMBRANE,
    /** 除铁除锰. */
    IRON_MANGANESE_REMOVAL,
    /** 除氟. */
    FLUORIDE_REMOVAL,
    /** 除砷. */
    ARSENIC_REMOVAL,
    /** 苦咸水淡化: desalination of brackish water. */
    DESALINATION
}
