package org.ruralwater.assurance.responsibility;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.ruralwater.core.staff.PersonId;

/**
 * A water manager's year against the county's norms.
 *
 * @param shortfalls what the norms asked that the year lacks, in words
 * @param grade the final grade after the satisfaction rule; empty without a review
 * @param replace whether the village must nominate someone else (不合格)
 */
public record ManagerStanding(
        PersonId person,
        String name,
        int concentrated,
        int dispersed,
        boolean certified,
        List<String> shortfalls,
        Optional<ReviewGrade> grade,
        boolean replace) {

    public ManagerStanding {
        requireNonNull(person, "person");
        requireNonNull(name, "name");
        shortfalls = List.copyOf(shortfalls);
        requireNonNull(grade, "grade");
    }
}
