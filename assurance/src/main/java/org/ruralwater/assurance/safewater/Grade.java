package org.ruralwater.assurance.safewater;

import org.ruralwater.core.datafile.Coded;

/** How one indicator fares against a safe-water rule set. */
public enum Grade implements Coded {
    /** 达标: meets. */
    MET,
    /** 基本达标: basically meets. */
    BASICALLY_MET,
    /** Below 基本达标. */
    NOT_MET,
    /** No data to grade it: the survey must go back. */
    NOT_ASSESSED
}
