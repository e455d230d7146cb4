package org.ruralwater.qualityrules.standard;

import org.ruralwater.core.datafile.Coded;

/** The group an indicator belongs to in its standard's tables. */
public enum Category implements Coded {
    MICROBIOLOGICAL,
    TOXICOLOGICAL,
    SENSORY_GENERAL_CHEMICAL,
    RADIOACTIVE,
    DISINFECTANT
}
