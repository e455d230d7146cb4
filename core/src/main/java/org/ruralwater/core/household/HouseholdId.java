package org.ruralwater.core.household;

import org.ruralwater.core.identity.Identifiers;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;

/** The identifier of a household (an account for billing, a unit for screening). */
public record HouseholdId(String value) implements Comparable<HouseholdId> {

    /** The kind of id, as a refusal names it: its label ("household id", 用水户编号). */
    private static final Phrase KIND = Labels.typeName(HouseholdId.class);

    public HouseholdId {
        Identifiers.check(KIND, value);
    }

    public static HouseholdId of(String value) {
        return new HouseholdId(value);
    }

    /** Same as {@link #of}; the text form is the value itself. */
    public static HouseholdId parse(String text) {
        return new HouseholdId(text);
    }

    @Override
    public int compareTo(HouseholdId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
