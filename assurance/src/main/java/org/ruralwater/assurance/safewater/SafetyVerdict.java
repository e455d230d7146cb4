package org.ruralwater.assurance.safewater;

import org.ruralwater.core.datafile.Coded;

/** The overall safe-water verdict for a household or village. */
public enum SafetyVerdict implements Coded {
    /** 安全: all four indicators 达标. */
    SAFE,
    /** 基本安全: all four at least 基本达标. */
    BASICALLY_SAFE,
    /** 不安全: at least one indicator below 基本达标. */
    UNSAFE,
    /** No indicator fails, but at least one could not be assessed. */
    INCOMPLETE
}
