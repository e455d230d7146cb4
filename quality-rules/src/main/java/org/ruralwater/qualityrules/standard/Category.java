package org.ruralwater.qualityrules.standard;

/** The group an indicator belongs to in its standard's tables. */
public enum Category {
    MICROBIOLOGICAL,
    TOXICOLOGICAL,
    SENSORY_GENERAL_CHEMICAL,
    RADIOACTIVE,
    DISINFECTANT
}
