package org.ruralwater.qualityrules.compliance;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.function.Predicate;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.works.WorksId;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SamplingPoint;

/**
 * Selections of samples for rates. Combine them with {@link Predicate#and}. A region is a set of works: take
 * the works of a county, township or village from {@code core}'s {@code County} and use {@link #fromWorks}.
 */
public final class SampleSelection {

    private SampleSelection() {}

    public static Predicate<Sample> all() {
        return s -> true;
    }

    /** Samples taken within the period; a sample without a date is never within one. */
    public static Predicate<Sample> sampledIn(Period period) {
        requireNonNull(period, "period");
        return s -> s.sampledAt().map(t -> period.contains(t.toLocalDate())).orElse(false);
    }

    public static Predicate<Sample> fromWorks(Set<WorksId> works) {
        Set<WorksId> copy = Set.copyOf(works);
        return s -> s.works().map(copy::contains).orElse(false);
    }

    public static Predicate<Sample> at(SamplingPoint point) {
        requireNonNull(point, "point");
        return s -> s.point() == point;
    }
}
