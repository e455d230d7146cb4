package org.ruralwater.assurance.assessment;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** A grade for totals of at least this many points; bands are tried from the file's first. */
public record GradeBand(BigDecimal atLeast, String grade) {

    public GradeBand {
        requireNonNull(atLeast, "atLeast");
        requireNonNull(grade, "grade");
    }
}
