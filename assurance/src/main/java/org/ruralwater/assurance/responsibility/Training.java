package org.ruralwater.assurance.responsibility;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.staff.PersonId;

/**
 * A training session a water manager attended.
 *
 * @param certified whether the session ended with the certificate (上岗证) issued or renewed
 */
public record Training(PersonId person, LocalDate on, Kind kind, boolean certified) {

    public enum Kind implements Coded {
        /** 集中培训: at county level. */
        CONCENTRATED,
        /** 分散培训: at township level. */
        DISPERSED
    }

    public Training {
        requireNonNull(person, "person");
        requireNonNull(on, "on");
        requireNonNull(kind, "kind");
    }
}
