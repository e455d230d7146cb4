package org.ruralwater.assurance.responsibility;

import static java.util.Objects.requireNonNull;

import org.ruralwater.core.datafile.Coded;

/** Something missing in who answers for the water. */
public record Gap(Kind kind, String subject, String detail) {

    public enum Kind implements Coded {
        /** A works without a named person for one of the three responsibilities. */
        WORKS_WITHOUT_RESPONSIBLE_PERSON,
        /** A works serving 1,000 people or more whose responsible person has no published phone. */
        NO_PUBLISHED_PHONE,
        /** A village without a water manager. */
        VILLAGE_WITHOUT_MANAGER
    }

    public Gap {
        requireNonNull(kind, "kind");
        requireNonNull(subject, "subject");
        requireNonNull(detail, "detail");
    }
}
