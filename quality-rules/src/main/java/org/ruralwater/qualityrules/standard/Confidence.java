package org.ruralwater.qualityrules.standard;

import org.ruralwater.core.datafile.Coded;

/** How sure the library is of a value: HIGH means read from the text or confirmed by two sources. */
public enum Confidence implements Coded {
    HIGH,
    MEDIUM,
    LOW
}
