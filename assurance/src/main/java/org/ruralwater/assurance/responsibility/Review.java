package org.ruralwater.assurance.responsibility;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.ruralwater.core.staff.PersonId;

/**
 * A water manager's yearly review.
 *
 * @param satisfaction the users' satisfaction survey result in percent, for a 基本合格 manager
 */
public record Review(PersonId person, int year, ReviewGrade grade, Optional<BigDecimal> satisfaction) {

    public Review {
        requireNonNull(person, "person");
        requireNonNull(grade, "grade");
        requireNonNull(satisfaction, "satisfaction");
    }
}
