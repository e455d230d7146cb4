package org.ruralwater.core.household;

import org.ruralwater.core.identity.Identifiers;

/** The identifier of a water meter, usually its serial number. */
public record MeterId(String value) implements Comparable<MeterId> {

    public MeterId {
        Identifiers.check("meter id", value);
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
