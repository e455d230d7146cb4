package org.ruralwater.maintenance.plan;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.asset.AssetType;
import org.ruralwater.core.staff.Skill;
import org.ruralwater.core.works.ScaleClass;

/**
 * One preventive task of the catalogue: which assets it applies to, how often, and who can do it.
 *
 * @param scaleClasses the works' scale classes it applies to; empty for every works, including the ones
 *     below class V
 * @param rrule a calendar recurrence, or
 * @param everyRunHours a run-hours interval (pumps); exactly one of the two is given
 * @param leadRunHours how many run hours before the threshold the task is generated (the ERP "expedite by")
 * @param windowDays how many days before the due date the work may be done: the earliest start
 * @param durationMinutes the planned time on site
 * @param confidence high, medium or low: how firmly the source supports the interval
 */
public record PlanTemplate(
        String id,
        String title,
        List<AssetType> assetTypes,
        List<ScaleClass> scaleClasses,
        Optional<CalendarRule> rrule,
        Optional<BigDecimal> everyRunHours,
        Optional<BigDecimal> leadRunHours,
        Anchoring anchoring,
        Season season,
        RestDayRule onRestDay,
        int windowDays,
        int durationMinutes,
        List<Skill> skills,
        String source,
        String confidence) {

    public PlanTemplate {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        assetTypes = List.copyOf(assetTypes);
        scaleClasses = List.copyOf(scaleClasses);
        requireNonNull(rrule, "rrule");
        requireNonNull(everyRunHours, "everyRunHours");
        requireNonNull(leadRunHours, "leadRunHours");
        requireNonNull(anchoring, "anchoring");
        requireNonNull(season, "season");
        requireNonNull(onRestDay, "onRestDay");
        skills = List.copyOf(skills);
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        if (assetTypes.isEmpty()) {
            throw new IllegalArgumentException("plan " + id + " applies to no asset type");
        }
        if (rrule.isPresent() == everyRunHours.isPresent()) {
            throw new IllegalArgumentException(
                    "plan " + id + " needs exactly one of rrule (calendar) and every_run_hours (usage)");
        }
        everyRunHours.ifPresent(h -> {
            if (h.signum() <= 0) {
                throw new IllegalArgumentException("plan " + id + ": every_run_hours must be positive, but was " + h);
            }
        });
        if (leadRunHours.isPresent() && everyRunHours.isEmpty()) {
            throw new IllegalArgumentException("plan " + id + ": lead_run_hours only applies with every_run_hours");
        }
        if (windowDays < 0) {
            throw new IllegalArgumentException(
                    "plan " + id + ": window_days cannot be negative, but was " + windowDays);
        }
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException(
                    "plan " + id + ": duration_minutes must be positive, but was " + durationMinutes);
        }
        if (!List.of("high", "medium", "low").contains(confidence)) {
            throw new IllegalArgumentException(
                    "plan " + id + ": confidence must be high, medium or low, but was \"" + confidence + "\"");
        }
    }

    boolean appliesTo(AssetType type, Optional<ScaleClass> scale) {
        return assetTypes.contains(type)
                && (scaleClasses.isEmpty() || scale.map(scaleClasses::contains).orElse(false));
    }
}
