package org.ruralwater.qualityrules.standard;

import org.ruralwater.core.datafile.Coded;

/** How a limit is stated. File codes are the lower-case names. */
public enum LimitKind implements Coded {
    /** At most the maximum (or below it, when the maximum is exclusive). */
    MAX,
    /** Within the minimum and the maximum, both included (pH 6.5–8.5). */
    RANGE,
    /** 不应检出: must not be detected; for descriptive indicators, must read as one of the pass texts. */
    ABSENT
}
