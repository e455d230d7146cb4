package org.ruralwater.qualityrules.standard;

/** How sure the library is of a value: HIGH means read from the text or confirmed by two sources. */
public enum Confidence {
    HIGH,
    MEDIUM,
    LOW
}
