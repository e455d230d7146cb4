package org.ruralwater.maintenance.plan;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ruralwater.core.asset.Asset;
import org.ruralwater.core.asset.AssetId;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.works.SupplyWorks;

/**
 * Generates the preventive tasks due up to the end of a horizon from a catalogue, a county's assets and
 * meters, and the maintenance history.
 *
 * <ul>
 *   <li>Fixed calendar plans yield every rule date in the horizon, counted from the asset's commissioning.
 *   <li>Floating plans yield the next date after the last completion (or the commissioning), even before the
 *       horizon: an overdue task is generated, not skipped.
 *   <li>Run-hour plans yield the next threshold once the latest reading is within the lead of it, due on
 *       the day the threshold was (or at the recent rate will be) reached.
 *   <li>Meter rules yield the replacement or verification due after the meter's last verification.
 * </ul>
 *
 * <p>Task ids come from the plan, the target and the nominal due date or threshold, so generating the same
 * horizon again, or an overlapping one, returns nothing that the caller already has.
 */
public final class RollingPlan {

    private final Catalogue catalogue;
    private final WorkCalendar calendar;

    private RollingPlan(Catalogue catalogue, WorkCalendar calendar) {
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    public static RollingPlan of(Catalogue catalogue, WorkCalendar calendar) {
        return new RollingPlan(requireNonNull(catalogue, "catalogue"), requireNonNull(calendar, "calendar"));
    }

    /**
     * Whether the task's dates rest on a provisional year of the work calendar: its plan moves it off rest
     * days, and its due date lies in a year the calendar derived from the holiday law, without the State
     * Council's notice (whose 调休 may still move it).
     */
    public boolean isProvisional(MaintenanceTask task) {
        return task.onRestDay() != RestDayRule.KEEP
                && calendar.provisionalYears().contains(task.due().getYear());
    }

    /**
     * The tasks due on or before {@code to} that are not in {@code existing}, by due date then id.
     *
     * @param from the first day of the horizon: fixed plans yield nothing before it
     * @throws org.ruralwater.core.calendar.CalendarNotCoveredException when the work calendar does not cover
     *     the horizon
     */
    public List<MaintenanceTask> generate(
            County county,
            List<Completion> history,
            List<RunHoursReading> runHours,
            LocalDate from,
            LocalDate to,
            Set<String> existing) {
        requireNonNull(county, "county");
        requireNonNull(existing, "existing");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the horizon ends " + to + ", before it starts " + from);
        }
        calendar.isWorkingDay(from); // fails early, naming the year, when the calendar lacks the horizon
        calendar.isWorkingDay(to);
        Map<String, Completion> last = new HashMap<>();
        for (Completion c : history) {
            last.merge(
                    c.plan() + "\u0000" + c.target(),
                    c,
                    (a, b) -> b.completedOn().isAfter(a.completedOn()) ? b : a);
        }
        Map<AssetId, List<RunHoursReading>> hoursByAsset = new HashMap<>();
        for (RunHoursReading r : runHours) {
            hoursByAsset.computeIfAbsent(r.asset(), k -> new ArrayList<>()).add(r);
        }
        hoursByAsset.values().forEach(l -> l.sort(Comparator.comparing(RunHoursReading::readOn)));

        List<MaintenanceTask> out = new ArrayList<>();
        for (Asset asset : county.assets()) {
            SupplyWorks works = county.works(asset.works())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "asset " + asset.id() + " names works " + asset.works() + ", which the county lacks"));
            RegionCode village = works.villages().get(0);
            for (PlanTemplate p : catalogue.plans()) {
                if (!p.appliesTo(asset.type(), works.scaleClass())) {
                    continue;
                }
                Optional<Completion> done = Optional.ofNullable(
                        last.get(p.id() + "\u0000" + asset.id().value()));
                if (p.rrule().isPresent()) {
                    LocalDate anchor = asset.commissioned().orElse(catalogue.defaultAnchor());
                    for (LocalDate nominal : calendarDates(p, anchor, done, from, to)) {
                        out.add(task(p, asset.id().value(), village, nominal, shift(p.onRestDay(), nominal, from, to)));
                    }
                } else {
                    runHoursTask(p, asset.id(), village, done, hoursByAsset.getOrDefault(asset.id(), List.of()), to)
                            .ifPresent(out::add);
                }
            }
        }
        for (Meter meter : county.meters()) {
            for (MeterLifeRule r : catalogue.meterRules()) {
                if (!r.appliesTo(meter.diameter())) {
                    continue;
                }
                LocalDate due = meter.verifiedOn().plusYears(r.years());
                if (due.isAfter(to)) {
                    continue;
                }
                RegionCode village = county.household(meter.household())
                        .map(Household::village)
                        .orElseThrow(() -> new IllegalArgumentException("meter " + meter.id() + " names household "
                                + meter.household() + ", which the county lacks"));
                LocalDate shifted = shift(RestDayRule.PREVIOUS_WORKING_DAY, due, from, to);
                out.add(new MaintenanceTask(
                        "PM:" + r.id() + ":" + meter.id() + ":" + due,
                        r.id(),
                        (r.action().equals("replace") ? "Replace" : "Verify") + " water meter DN" + meter.diameter()
                                + " (last verified " + meter.verifiedOn() + ")",
                        meter.id().value(),
                        village,
                        shifted.minusDays(r.windowDays()),
                        shifted,
                        r.durationMinutes(),
                        r.skills(),
                        r.source(),
                        RestDayRule.PREVIOUS_WORKING_DAY));
            }
        }
        out.removeIf(t -> existing.contains(t.id()));
        out.sort(Comparator.comparing(MaintenanceTask::due).thenComparing(MaintenanceTask::id));
        return out;
    }

    private List<LocalDate> calendarDates(
            PlanTemplate p, LocalDate anchor, Optional<Completion> done, LocalDate from, LocalDate to) {
        CalendarRule rule = p.rrule().orElseThrow();
        if (p.anchoring() == Anchoring.FIXED) {
            return rule.between(anchor, from, to).stream()
                    .filter(d -> inSeason(p.season(), d))
                    .toList();
        }
        LocalDate start = done.map(Completion::completedOn).orElse(anchor);
        Optional<LocalDate> next = rule.firstAfter(start);
        // A floating plan limited to a season waits for the season's first rule date.
        while (next.isPresent()
                && !inSeason(p.season(), next.get())
                && !next.get().isAfter(to)) {
            next = rule.firstAfter(next.get());
        }
        return next.filter(d -> !d.isAfter(to) && inSeason(p.season(), d))
                .map(List::of)
                .orElse(List.of());
    }

    private Optional<MaintenanceTask> runHoursTask(
            PlanTemplate p,
            AssetId asset,
            RegionCode village,
            Optional<Completion> done,
            List<RunHoursReading> readings,
            LocalDate to) {
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal every = p.everyRunHours().orElseThrow();
        BigDecimal doneAt = done.flatMap(Completion::runHours).orElse(BigDecimal.ZERO);
        BigDecimal threshold = p.anchoring() == Anchoring.FLOATING
                ? doneAt.add(every)
                : doneAt.divide(every, 0, RoundingMode.FLOOR)
                        .add(BigDecimal.ONE)
                        .multiply(every);
        RunHoursReading latest = readings.get(readings.size() - 1);
        BigDecimal lead = p.leadRunHours().orElse(BigDecimal.ZERO);
        if (latest.hours().compareTo(threshold.subtract(lead)) < 0) {
            return Optional.empty();
        }
        LocalDate due = readings.stream()
                .filter(r -> r.hours().compareTo(threshold) >= 0)
                .map(RunHoursReading::readOn)
                .findFirst()
                .orElseGet(() -> forecast(readings, threshold));
        if (due.isAfter(to)) {
            return Optional.empty();
        }
        String nominal = "h" + threshold.stripTrailingZeros().toPlainString();
        return Optional.of(new MaintenanceTask(
                "PM:" + p.id() + ":" + asset.value() + ":" + nominal,
                p.id(),
                p.title() + " (at " + threshold.stripTrailingZeros().toPlainString() + " run hours)",
                asset.value(),
                village,
                due.minusDays(p.windowDays()),
                due,
                p.durationMinutes(),
                p.skills(),
                p.source(),
                p.onRestDay()));
    }

    /** When the hour counter will reach the threshold at the rate between the last two readings. */
    private static LocalDate forecast(List<RunHoursReading> readings, BigDecimal threshold) {
        RunHoursReading latest = readings.get(readings.size() - 1);
        if (readings.size() < 2) {
            return latest.readOn();
        }
        RunHoursReading before = readings.get(readings.size() - 2);
        long days = ChronoUnit.DAYS.between(before.readOn(), latest.readOn());
        BigDecimal ran = latest.hours().subtract(before.hours());
        if (days <= 0 || ran.signum() <= 0) {
            return latest.readOn();
        }
        BigDecimal perDay = ran.divide(BigDecimal.valueOf(days), 6, RoundingMode.HALF_UP);
        long ahead = threshold
                .subtract(latest.hours())
                .divide(perDay, 0, RoundingMode.CEILING)
                .longValueExact();
        return latest.readOn().plusDays(ahead);
    }

    private MaintenanceTask task(PlanTemplate p, String target, RegionCode village, LocalDate nominal, LocalDate due) {
        return new MaintenanceTask(
                "PM:" + p.id() + ":" + target + ":" + nominal,
                p.id(),
                p.title(),
                target,
                village,
                due.minusDays(p.windowDays()),
                due,
                p.durationMinutes(),
                p.skills(),
                p.source(),
                p.onRestDay());
    }

    private boolean inSeason(Season s, LocalDate d) {
        return switch (s) {
            case ALL_YEAR -> true;
            case FLOOD_SEASON -> catalogue.floodSeason().contains(d);
            case OUTSIDE_FLOOD_SEASON -> !catalogue.floodSeason().contains(d);
        };
    }

    /** Applies the rest-day rule inside the horizon; an overdue date stays what it was. */
    private LocalDate shift(RestDayRule rule, LocalDate due, LocalDate from, LocalDate to) {
        if (due.isBefore(from) || due.isAfter(to)) {
            return due;
        }
        return rule.apply(due, calendar);
    }
}
