package org.ruralwater.core.household;

import org.ruralwater.core.identity.Identifiers;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;

/** The identifier of a water meter, usually its serial number. */
public record MeterId(String value) implements Comparable<MeterId> {

    /** The kind of id, as a refusal names it: its label ("household id", 用水户编号). */
    private static final Phrase KIND = Labels.typeName(MeterId.class);

    public MeterId {
        Identifiers.check(KIND, value);
    }

    public static MeterId of(String value) {
        return new MeterId(value);
    }

    /** Same as {@link #of}; the text form is the value itself. */
    public static MeterId parse(String text) {
        return new MeterId(text);
    }

    @Override
    public int compareTo(MeterId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
