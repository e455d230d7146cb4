package org.ruralwater.core.works;

import org.ruralwater.core.identity.Identifiers;

/** The identifier of a supply works. */
public record WorksId(String value) implements Comparable<WorksId> {

    public WorksId {
        Identifiers.check("works id", value);
    }

    public static WorksId of(String value) {
        return new WorksId(value);
    }

    /** Same as {@link #of}; the text form is the value itself. */
    public static WorksId parse(String text) {
        return new WorksId(text);
    }

    @Override
    public int compareTo(WorksId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
