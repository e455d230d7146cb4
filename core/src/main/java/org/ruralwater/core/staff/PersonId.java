package org.ruralwater.core.staff;

import org.ruralwater.core.identity.Identifiers;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;

/** The identifier of a person: a village water manager or a crew member. */
public record PersonId(String value) implements Comparable<PersonId> {

    /** The kind of id, as a refusal names it: its label ("household id", 用水户编号). */
    private static final Phrase KIND = Labels.typeName(PersonId.class);

    public PersonId {
        Identifiers.check(KIND, value);
    }

    public static PersonId of(String value) {
        return new PersonId(value);
    }

    /** Same as {@link #of}; the text form is the value itself. */
    public static PersonId parse(String text) {
        return new PersonId(text);
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
