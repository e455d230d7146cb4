package org.ruralwater.core.staff;

import org.ruralwater.core.identity.Identifiers;

/** The identifier of a person: a village water manager or a crew member. */
public record PersonId(String value) implements Comparable<PersonId> {

    public PersonId {
        Identifiers.check("person id", value);
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
