package org.ruralwater.core.datafile;

import java.util.Locale;
import java.util.Optional;

/**
 * A closed vocabulary with a code in files: the code is what the readers accept and what every output
 * writes, so a value written can always be read back.
 *
 * <p>The code is the constant's name in lower case unless the enum says otherwise; readers match it
 * ignoring case.
 */
public interface Coded {

    /** The code of this value in files and outputs, such as {@code in_house_tap}. */
    default String code() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /** The file code of any enum constant: its own {@link #code()}, else its name in lower case. */
    static String codeOf(Enum<?> value) {
        return value instanceof Coded c ? c.code() : value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} whose code is {@code code}, ignoring case and surrounding spaces. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        String t = code.strip();
        for (E e : type.getEnumConstants()) {
            if (codeOf(e).equalsIgnoreCase(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
