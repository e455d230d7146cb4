package org.ruralwater.maintenance.kpi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.asset.Asset;
import org.ruralwater.core.asset.AssetType;
import org.ruralwater.core.county.County;
import org.ruralwater.maintenance.plan.Completion;
import org.ruralwater.maintenance.plan.MaintenanceTask;
import org.ruralwater.maintenance.workorder.WorkOrder;

/** The maintenance KPIs of a county, from its tasks, completions and work orders. */
public final class MaintenanceKpis {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private MaintenanceKpis() {}

    /**
     * Tasks due in {@code [from, to]} and how many were done inside their window (from the earliest day to
     * the due day): a task done late counts as due but not done.
     */
    public static Compliance compliance(
            List<MaintenanceTask> tasks, List<Completion> completions, LocalDate from, LocalDate to) {
        Map<String, List<LocalDate>> doneOn = doneOn(completions);
        int due = 0;
        int done = 0;
        for (MaintenanceTask t : tasks) {
            if (t.due().isBefore(from) || t.due().isAfter(to)) {
                continue;
            }
            due++;
            boolean inWindow = doneOn.getOrDefault(t.plan() + "\u0000" + t.target(), List.of()).stream()
                    .anyMatch(d -> !d.isBefore(t.earliest()) && !d.isAfter(t.due()));
            if (inWindow) {
                done++;
            }
        }
        return new Compliance(done, due);
    }

    /**
     * MTBF and MTTR per asset type over {@code [from, to]} (whole days), from the work orders reported in it
     * against assets of the county. Work orders about meters or villages are not asset failures and are left
     * out. Types without assets are not listed.
     */
    public static List<Reliability> reliability(County county, List<WorkOrder> orders, LocalDate from, LocalDate to) {
        requireNonNull(county, "county");
        Map<String, AssetType> typeOf = new HashMap<>();
        Map<AssetType, Integer> assets = new EnumMap<>(AssetType.class);
        for (Asset a : county.assets()) {
            typeOf.put(a.id().value(), a.type());
            assets.merge(a.type(), 1, Integer::sum);
        }
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        long periodMinutes = Duration.between(start, end).toMinutes();
        Map<AssetType, Integer> failures = new EnumMap<>(AssetType.class);
        Map<AssetType, Long> downMinutes = new EnumMap<>(AssetType.class);
        Map<AssetType, Long> repairMinutes = new EnumMap<>(AssetType.class);
        Map<AssetType, Integer> repaired = new EnumMap<>(AssetType.class);
        for (WorkOrder w : orders) {
            AssetType type = typeOf.get(w.target());
            if (type == null
                    || w.reportedAt().isBefore(start)
                    || !w.reportedAt().isBefore(end)) {
                continue;
            }
            failures.merge(type, 1, Integer::sum);
            LocalDateTime back = w.repairedAt().orElse(end);
            downMinutes.merge(
                    type,
                    Duration.between(w.reportedAt(), back.isAfter(end) ? end : back)
                            .toMinutes(),
                    Long::sum);
            if (w.repairedAt().isPresent()) {
                repaired.merge(type, 1, Integer::sum);
                repairMinutes.merge(
                        type,
                        Duration.between(w.reportedAt(), w.repairedAt().get()).toMinutes(),
                        Long::sum);
            }
        }
        List<Reliability> out = new ArrayList<>();
        for (Map.Entry<AssetType, Integer> e : assets.entrySet()) {
            AssetType type = e.getKey();
            long operating = periodMinutes * e.getValue() - downMinutes.getOrDefault(type, 0L);
            BigDecimal operatingHours = BigDecimal.valueOf(operating).divide(SIXTY, 1, RoundingMode.HALF_UP);
            int f = failures.getOrDefault(type, 0);
            int r = repaired.getOrDefault(type, 0);
            out.add(new Reliability(
                    type,
                    e.getValue(),
                    f,
                    operatingHours,
                    f == 0
                            ? Optional.empty()
                            : Optional.of(BigDecimal.valueOf(operating)
                                    .divide(SIXTY.multiply(BigDecimal.valueOf(f)), 1, RoundingMode.HALF_UP)),
                    r == 0
                            ? Optional.empty()
                            : Optional.of(BigDecimal.valueOf(repairMinutes.get(type))
                                    .divide(SIXTY.multiply(BigDecimal.valueOf(r)), 1, RoundingMode.HALF_UP))));
        }
        return out;
    }

    /** Open work orders by age and overdue preventive tasks at {@code at}. */
    public static Backlog backlog(
            List<WorkOrder> orders, List<MaintenanceTask> tasks, List<Completion> completions, LocalDateTime at) {
        Map<String, Integer> byAge = new LinkedHashMap<>();
        for (String bucket : List.of("under 1 day", "1-3 days", "3-7 days", "over 7 days")) {
            byAge.put(bucket, 0);
        }
        int open = 0;
        for (WorkOrder w : orders) {
            if (!w.isOpen(at)) {
                continue;
            }
            open++;
            long hours = Duration.between(w.reportedAt(), at).toHours();
            String bucket =
                    hours < 24 ? "under 1 day" : hours < 72 ? "1-3 days" : hours < 168 ? "3-7 days" : "over 7 days";
            byAge.merge(bucket, 1, Integer::sum);
        }
        LocalDate today = at.toLocalDate();
        Map<String, List<LocalDate>> doneOn = doneOn(completions);
        int overdue = 0;
        for (MaintenanceTask t : tasks) {
            if (!t.due().isBefore(today)) {
                continue;
            }
            boolean done = doneOn.getOrDefault(t.plan() + "\u0000" + t.target(), List.of()).stream()
                    .anyMatch(d -> !d.isBefore(t.earliest()) && !d.isAfter(today));
            if (!done) {
                overdue++;
            }
        }
        return new Backlog(open, byAge, overdue);
    }

    private static Map<String, List<LocalDate>> doneOn(List<Completion> completions) {
        Map<String, List<LocalDate>> doneOn = new HashMap<>();
        for (Completion c : completions) {
            doneOn.computeIfAbsent(c.plan() + "\u0000" + c.target(), k -> new ArrayList<>())
                    .add(c.completedOn());
        }
        return doneOn;
    }
}
