package org.ruralwater.maintenance.patrol;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.Coordinates;
import org.ruralwater.maintenance.workorder.Origin;
import org.ruralwater.maintenance.workorder.WorkOrder;

/**
 * Reviews a route's check-ins over a period: each due day's stops checked, on site, with every item; every
 * failed item opens a work order. Work-order ids come from the route, stop, item and day, so reviewing the
 * same check-ins again opens nothing new for the caller that keeps them.
 */
public final class PatrolReview {

    /** The findings, by date, stop and kind, and the work orders opened for failed items. */
    public record Report(List<Finding> findings, List<WorkOrder> workOrders) {
        public Report {
            findings = List.copyOf(findings);
            workOrders = List.copyOf(workOrders);
        }
    }

    private final County county;

    private PatrolReview(County county) {
        this.county = county;
    }

    public static PatrolReview of(County county) {
        return new PatrolReview(requireNonNull(county, "county"));
    }

    public Report review(PatrolRoute route, LocalDate from, LocalDate to, List<CheckIn> checkIns) {
        requireNonNull(route, "route");
        Set<LocalDate> due = new HashSet<>(route.rrule().between(route.start(), from, to));
        Map<String, PatrolStop> stops =
                route.stops().stream().collect(Collectors.toMap(PatrolStop::code, Function.identity()));
        List<Finding> findings = new ArrayList<>();
        List<WorkOrder> orders = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        Set<String> opened = new HashSet<>();
        for (CheckIn c : checkIns) {
            LocalDate day = c.at().toLocalDate();
            if (!c.route().equals(route.id()) || day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            PatrolStop stop = stops.get(c.stop());
            if (stop == null || !due.contains(day)) {
                findings.add(new Finding(
                        Finding.Kind.UNEXPECTED_CHECK_IN,
                        route.id(),
                        c.stop(),
                        day,
                        stop == null ? "the route has no stop " + c.stop() : "the route is not due on " + day));
                continue;
            }
            checked.add(stop.code() + "@" + day);
            long metres = c.place().metresTo(location(stop));
            if (metres > route.toleranceMetres()) {
                findings.add(new Finding(
                        Finding.Kind.OFF_SITE,
                        route.id(),
                        stop.code(),
                        day,
                        "checked in " + metres + " m from the stop at " + c.at().toLocalTime() + ", more than the "
                                + route.toleranceMetres() + " m allowed"));
            }
            for (CheckItem item : stop.items()) {
                Optional<CheckIn.Result> r = c.results().stream()
                        .filter(x -> x.item().equals(item.code()))
                        .findFirst();
                if (r.isEmpty()) {
                    findings.add(new Finding(
                            Finding.Kind.MISSING_ITEM, route.id(), stop.code(), day, "no result for " + item.code()));
                } else if (!r.get().pass()) {
                    String note = r.get().note().orElse("no note");
                    findings.add(new Finding(
                            Finding.Kind.FAILED_ITEM, route.id(), stop.code(), day, item.code() + " failed: " + note));
                    String id = "WO-PATROL-" + route.id() + "-" + stop.code() + "-" + item.code() + "-" + day;
                    if (!opened.add(id)) {
                        continue; // a second check-in that day reports the same failure
                    }
                    orders.add(WorkOrder.reported(
                            id,
                            stop.target(),
                            stop.village(),
                            item.severityOnFail(),
                            Origin.PATROL,
                            c.at(),
                            route.patroller(),
                            item.question() + ": " + note));
                }
            }
        }
        for (LocalDate day : due) {
            for (PatrolStop stop : route.stops()) {
                if (!checked.contains(stop.code() + "@" + day)) {
                    findings.add(new Finding(
                            Finding.Kind.MISSED_STOP,
                            route.id(),
                            stop.code(),
                            day,
                            "no check-in by " + route.patroller() + " on " + day));
                }
            }
        }
        findings.sort(Comparator.comparing(Finding::date)
                .thenComparing(Finding::stop)
                .thenComparing(Finding::kind)
                .thenComparing(Finding::detail));
        orders.sort(Comparator.comparing(WorkOrder::id));
        return new Report(findings, orders);
    }

    private Coordinates location(PatrolStop stop) {
        return stop.location()
                .orElseGet(() -> county.village(stop.village())
                        .map(Village::location)
                        .orElseThrow(() -> new IllegalArgumentException("patrol stop " + stop.code() + " is in village "
                                + stop.village() + ", which the county lacks, and gives no location of its own")));
    }
}
