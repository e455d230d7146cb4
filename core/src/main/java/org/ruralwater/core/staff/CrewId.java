package org.ruralwater.core.staff;

import org.ruralwater.core.identity.Identifiers;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;

/** The identifier of a maintenance crew. */
public record CrewId(String value) implements Comparable<CrewId> {

    /** The kind of id, as a refusal names it: its label ("household id", 用水户编号). */
    private static final Phrase KIND = Labels.typeName(CrewId.class);

    public CrewId {
        Identifiers.check(KIND, value);
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
