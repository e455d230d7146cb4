package org.ruralwater.core.works;

import org.ruralwater.core.identity.Identifiers;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;

/** The identifier of a supply works. */
public record WorksId(String value) implements Comparable<WorksId> {

    /** The kind of id, as a refusal names it: its label ("household id", 用水户编号). */
    private static final Phrase KIND = Labels.typeName(WorksId.class);

    public WorksId {
        Identifiers.check(KIND, value);
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
