package org.ruralwater.core.staff;

import org.ruralwater.core.identity.Identifiers;

/** The identifier of a maintenance crew. */
public record CrewId(String value) implements Comparable<CrewId> {

    public CrewId {
        Identifiers.check("crew id", value);
    }

    public static CrewId of(String value) {
        return new CrewId(value);
    }

    /** Same as {@link #of}; the text form is the value itself. */
    public static CrewId parse(String text) {
        return new CrewId(text);
    }

    @Override
    public int compareTo(CrewId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
