package org.ruralwater.assurance.monitoring;

import org.ruralwater.core.datafile.Coded;

/** How hard a problem is to fix, which sets its deadline. */
public enum RectificationClass implements Coded {
    /** 立查立改: fixed on the spot. */
    ON_THE_SPOT,
    /** 阶段整改: fixed in stages. */
    STAGED,
    /** 持续整改: a continuing fix that goes into the annual plan. */
    CONTINUING
}
