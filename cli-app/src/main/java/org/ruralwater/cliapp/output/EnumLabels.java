package org.ruralwater.cliapp.output;

import java.util.Locale;
import org.ruralwater.core.datafile.Coded;

/** The label of a domain enum's value in a language, as the module that owns the enum words it. */
final class EnumLabels {

    private EnumLabels() {}

    static String label(Enum<?> value, Locale locale) {
        return Coded.codeOf(value);
    }
}
