package org.ruralwater.store.maintenance;

import static java.util.Objects.requireNonNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.maintenance.patrol.PatrolVisit;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.WorkOrder;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.Database;
import org.ruralwater.store.database.KeyedTable;
import org.ruralwater.store.database.KeyedTable.Column;
import org.ruralwater.store.database.Staged;

/**
 * Work orders and patrol check-ins in the store, within the caller's scope. A work order lies in its village;
 * a check-in in its works' region. The store keeps the deadlines the county's response commitments gave a work
 * order when it was stored (for lists of what is late), and counts repair timeliness with maintenance's own
 * {@link ResponseCommitments#timeliness}, never with rules of its own.
 */
public final class MaintenanceRecords {

    /** The file names of an import's problems, as the demo year's maintenance folder holds them. */
    public static final String WORK_ORDERS_FILE = "work-orders.csv";

    public static final String PATROLS_FILE = "patrols.csv";

    static final KeyedTable<PatrolVisit> PATROLS = KeyedTable.of(
            "patrol_visit",
            "patrols",
            PatrolVisit.class,
            List.of("who", "at_time"),
            p -> p.who() + "@" + p.at(),
            List.of(
                    Column.text("who", PatrolVisit::who),
                    Column.time("at_time", PatrolVisit::at),
                    Column.text("works", p -> p.works().value()),
                    Column.text("outcome", p -> p.outcome().code()),
                    Column.integer("minutes", PatrolVisit::minutes)));

    private final Database database;

    private MaintenanceRecords(Database database) {
        this.database = database;
    }

    /** For the store itself. */
    public static MaintenanceRecords on(Database database) {
        return new MaintenanceRecords(requireNonNull(database, "database"));
    }

    /** The work-order table, with the deadlines of these commitments on the China work calendar. */
    static KeyedTable<WorkOrder> workOrders(ResponseCommitments commitments) {
        WorkCalendar calendar = WorkCalendar.china();
        return KeyedTable.of(
                "work_order",
                "work_orders",
                WorkOrder.class,
                List.of("id"),
                WorkOrder::id,
                List.of(
                        Column.text("id", WorkOrder::id),
                        Column.text("target", WorkOrder::target),
                        Column.text("village", w -> w.village().value()),
                        Column.text("severity", WorkOrder::severity),
                        Column.text("origin", w -> w.origin().code()),
                        Column.time("reported_at", WorkOrder::reportedAt),
                        Column.time("on_site_at", WorkOrder::onSiteAt),
                        Column.time("repaired_at", WorkOrder::repairedAt),
                        Column.time("on_site_due", w -> commitments.onSiteDeadline(w, calendar)),
                        Column.time("repair_due", w -> commitments.repairDeadline(w, calendar))));
    }

    /**
     * Stages a work-order file's import (for one transaction with the other files of a history folder).
     * Internal to the store.
     */
    public static Staged stageWorkOrders(
            Handle h, Scope scope, Actor actor, Instant at, List<Located<WorkOrder>> rows, ResponseCommitments c) {
        return workOrders(c)
                .stage(
                        h,
                        scope,
                        actor,
                        at,
                        WORK_ORDERS_FILE,
                        rows,
                        w -> w.village().value(),
                        "village",
                        "id");
    }

    /** Stages a patrol file's import; {@code worksRegion} places a works. Internal to the store. */
    public static Staged stagePatrols(
            Handle h,
            Scope scope,
            Actor actor,
            Instant at,
            List<Located<PatrolVisit>> rows,
            Map<String, String> worksRegion) {
        return PATROLS.stage(
                h,
                scope,
                actor,
                at,
                PATROLS_FILE,
                rows,
                p -> worksRegion.get(p.works().value()),
                "works",
                "who");
    }

    /** The work orders within the scope reported in the months, in file order. */
    public List<WorkOrder> workOrders(Scope scope, YearMonth from, YearMonth to) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> workOrders(ResponseCommitments.countyExample())
                .within(
                        h,
                        scope,
                        " AND reported_at >= :from AND reported_at < :to",
                        Map.of("from", start(from), "to", start(to.plusMonths(1)))));
    }

    /** The patrol check-ins within the scope in the months, in file order. */
    public List<PatrolVisit> patrols(Scope scope, YearMonth from, YearMonth to) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> PATROLS.within(
                h,
                scope,
                " AND at_time >= :from AND at_time < :to",
                Map.of("from", start(from), "to", start(to.plusMonths(1)))));
    }

    /**
     * Repair timeliness per region of the level within the scope and per month of {@code [from, to]}: the
     * repairs due in the month by the commitments' deadline, and those done by it, as maintenance counts them.
     * A region with nothing due in a month has no row for it.
     */
    public List<RepairTimeliness> repairTimeliness(
            Scope scope, RegionLevel level, YearMonth from, YearMonth to, ResponseCommitments commitments) {
        requireNonNull(scope, "scope");
        requireNonNull(level, "level");
        requireNonNull(commitments, "commitments");
        WorkCalendar calendar = WorkCalendar.china();
        // Orders reported up to a month before the first month may fall due in it (a major repair's days).
        List<WorkOrder> orders = workOrders(scope, from.minusMonths(2), to);
        Map<RegionCode, List<WorkOrder>> byRegion = new TreeMap<>();
        for (WorkOrder w : orders) {
            w.village()
                    .at(level)
                    .ifPresent(r ->
                            byRegion.computeIfAbsent(r, k -> new ArrayList<>()).add(w));
        }
        List<RepairTimeliness> out = new ArrayList<>();
        byRegion.forEach((region, list) -> {
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                var t = commitments.timeliness(list, m.atDay(1), m.atEndOfMonth(), calendar);
                if (t.due() > 0) {
                    out.add(RepairTimeliness.of(region, m, t));
                }
            }
        });
        return out;
    }

    private static Timestamp start(YearMonth m) {
        return Timestamp.valueOf(LocalDateTime.of(m.getYear(), m.getMonth(), 1, 0, 0));
    }
}
