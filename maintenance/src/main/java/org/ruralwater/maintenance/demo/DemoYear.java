package org.ruralwater.maintenance.demo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.ruralwater.core.asset.Asset;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvWriter;
import org.ruralwater.core.demo.DemoFile;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.staff.WaterManager;
import org.ruralwater.core.works.ScaleClass;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.WorksId;
import org.ruralwater.maintenance.patrol.PatrolVisit;
import org.ruralwater.maintenance.plan.Catalogue;
import org.ruralwater.maintenance.plan.Completion;
import org.ruralwater.maintenance.plan.MaintenanceTask;
import org.ruralwater.maintenance.plan.RollingPlan;
import org.ruralwater.maintenance.workorder.Origin;
import org.ruralwater.maintenance.workorder.WorkOrder;

/**
 * A county's year of maintenance: {@code work-orders.csv}, the breakdowns with their report, arrival and repair
 * times as {@code maintenance breaches} reads them; {@code preventive.csv}, the preventive tasks done
 * ({@link Completion}s of the bundled catalogue's plans, the history a rolling plan counts from); and
 * {@code patrols.csv}, the patrol check-ins ({@link PatrolVisit}).
 *
 * <p>Breakdowns a year: 12–24 at a class I–III works, 4–8 at class IV, 1–3 at class V and one in two dispersed
 * points, more in the wet season (June to September) and in the January freeze; reported mostly on the hotline,
 * some by patrols (the patrol's own fault check-in) and sensors at the larger works. Crews are on site within
 * the example commitments' 2 hours nineteen times in twenty and repair within 12/24/48 hours by severity
 * about nine times in ten; the last orders of the year are still open at its end. Patrols: the water manager
 * of a small works' first village walks it weekly, the township crew the large works' mains weekly. Preventive
 * work: about nine in ten of the catalogue's non-daily tasks for the year are done between their earliest day
 * and their due day. The same county, seed and year give the same bytes.
 */
public final class DemoYear {

    public static final String WORK_ORDERS = "work-orders.csv";
    public static final String PREVENTIVE = "preventive.csv";
    public static final String PATROLS = "patrols.csv";

    private DemoYear() {}

    public static List<DemoFile> write(County county, long seed, int year, Path folder) {
        requireNonNull(county, "county");
        requireNonNull(folder, "folder");
        Map<WorksId, List<Asset>> assets = new HashMap<>();
        county.assets()
                .forEach(a -> assets.computeIfAbsent(a.works(), k -> new ArrayList<>())
                        .add(a));
        Map<RegionCode, WaterManager> managers = new HashMap<>();
        county.waterManagers().forEach(m -> m.villages().forEach(v -> managers.putIfAbsent(v, m)));
        List<WorkOrder> orders = new ArrayList<>();
        List<PatrolVisit> patrols = new ArrayList<>();
        LocalDateTime end = LocalDate.of(year, 12, 31).atTime(23, 59);
        int index = 0;
        for (SupplyWorks w : county.works()) {
            Random random = DemoFile.stream(seed, year, "maintenance", index++);
            List<Asset> mine = assets.getOrDefault(w.id(), List.of());
            RegionCode village = w.villages().get(0);
            String township = village.value().substring(0, 9) + "000";
            boolean large =
                    w.scaleClass().map(c -> c.compareTo(ScaleClass.III) <= 0).orElse(false);
            String patroller = large
                    ? "C" + township
                    : Optional.ofNullable(managers.get(village))
                            .map(m -> m.id().value())
                            .orElse("C" + township);
            if (w.kind() != SupplyKind.DISPERSED) {
                for (LocalDate d = LocalDate.of(year, 1, 5 + random.nextInt(5));
                        d.getYear() == year;
                        d = d.plusWeeks(1)) {
                    LocalDateTime at = d.atTime(8 + random.nextInt(8), random.nextInt(60));
                    boolean wet = d.getMonthValue() >= 6 && d.getMonthValue() <= 9;
                    int r = random.nextInt(100);
                    PatrolVisit.Outcome outcome = r < (wet ? 6 : 2)
                            ? PatrolVisit.Outcome.NO_ACCESS
                            : r < 94
                                    ? PatrolVisit.Outcome.OK
                                    : r < 97 ? PatrolVisit.Outcome.FIXED_ON_SITE : PatrolVisit.Outcome.FAULT_REPORTED;
                    Optional<Asset> asset = outcome == PatrolVisit.Outcome.OK || mine.isEmpty()
                            ? Optional.empty()
                            : Optional.of(mine.get(random.nextInt(mine.size())));
                    patrols.add(new PatrolVisit(
                            patroller,
                            w.id(),
                            asset.map(Asset::id),
                            at,
                            20 + random.nextInt(large ? 160 : 70),
                            outcome,
                            Optional.ofNullable(
                                    switch (outcome) {
                                        case NO_ACCESS -> "道路中断，未能到达";
                                        case FIXED_ON_SITE -> "阀门渗漏，现场处理";
                                        case FAULT_REPORTED -> "发现管道漏水，已报修";
                                        case OK -> null;
                                    })));
                    if (outcome == PatrolVisit.Outcome.FAULT_REPORTED && asset.isPresent()) {
                        orders.add(breakdown(
                                random, asset.get(), village, at.plusMinutes(30), Origin.PATROL, patroller, end));
                    }
                }
            }
            int breakdowns = w.kind() == SupplyKind.DISPERSED
                    ? random.nextInt(2)
                    : switch (w.scaleClass().orElse(ScaleClass.V)) {
                        case I, II, III -> 12 + random.nextInt(13);
                        case IV -> 4 + random.nextInt(5);
                        case V -> 1 + random.nextInt(3);
                    };
            for (int b = 0; b < breakdowns && !mine.isEmpty(); b++) {
                // Wet-season storms and the January freeze break more; the rest of the year the same.
                int month = random.nextInt(100) < 45
                        ? 6 + random.nextInt(4)
                        : random.nextInt(100) < 20 ? 1 : 1 + random.nextInt(12);
                LocalDate day = LocalDate.of(year, month, 1)
                        .plusDays(random.nextInt(LocalDate.of(year, month, 1).lengthOfMonth()));
                LocalDateTime at = day.atTime(7 + random.nextInt(14), random.nextInt(60));
                Origin origin = large && random.nextInt(10) == 0 ? Origin.SENSOR : Origin.HOTLINE;
                orders.add(breakdown(
                        random,
                        mine.get(random.nextInt(mine.size())),
                        village,
                        at,
                        origin,
                        origin == Origin.SENSOR ? "SCADA" : "12345热线",
                        end));
            }
        }
        orders.sort(Comparator.comparing(WorkOrder::reportedAt).thenComparing(WorkOrder::target));
        List<WorkOrder> numbered = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            WorkOrder o = orders.get(i);
            numbered.add(new WorkOrder(
                    String.format(Locale.ROOT, "WO-%d-%05d", year, i + 1),
                    o.target(),
                    o.village(),
                    o.severity(),
                    o.origin(),
                    o.reportedAt(),
                    o.reporter(),
                    o.description(),
                    o.onSiteAt(),
                    o.repairedAt()));
        }
        patrols.sort(Comparator.comparing(PatrolVisit::at)
                .thenComparing(p -> p.works().value()));
        List<Completion> done = preventive(county, seed, year);
        String source = "# Demo maintenance (fictional), " + year + ", seed " + seed
                + ": see maintenance/docs/design-decisions.md\n";
        return List.of(
                DemoFile.write(folder, WORK_ORDERS, source + csv(WorkOrder.class, numbered), numbered.size()),
                DemoFile.write(folder, PREVENTIVE, source + csv(Completion.class, done), done.size()),
                DemoFile.write(folder, PATROLS, source + csv(PatrolVisit.class, patrols), patrols.size()));
    }

    private static WorkOrder breakdown(
            Random random,
            Asset asset,
            RegionCode village,
            LocalDateTime at,
            Origin origin,
            String reporter,
            LocalDateTime end) {
        int r = random.nextInt(100);
        String severity = r < 50 ? "minor" : r < 85 ? "general" : "major";
        int repairHours = severity.equals("minor") ? 12 : severity.equals("general") ? 24 : 48;
        WorkOrder o = WorkOrder.reported(
                "",
                asset.id().value(),
                village,
                severity,
                origin,
                at,
                reporter,
                asset.name() + (severity.equals("major") ? "故障，影响供水" : "故障"));
        LocalDateTime onSite =
                at.plusMinutes(random.nextInt(20) == 0 ? 130 + random.nextInt(240) : 20 + random.nextInt(95));
        LocalDateTime repaired = onSite.plusMinutes(
                random.nextInt(10) == 0
                        ? repairHours * 60L + 30 + random.nextInt(600)
                        : 30 + random.nextInt(repairHours * 60 * 3 / 4));
        if (onSite.isAfter(end)) {
            return o;
        }
        o = o.arrived(onSite);
        return repaired.isAfter(end) ? o : o.repaired(repaired);
    }

    private static List<Completion> preventive(County county, long seed, int year) {
        Random random = DemoFile.stream(seed, year, "preventive", 0);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Completion> out = new ArrayList<>();
        for (MaintenanceTask t : RollingPlan.of(Catalogue.chinaRural(), WorkCalendar.china())
                .generate(county, List.of(), List.of(), first, last, Set.of())) {
            if (t.due().isBefore(first) || !t.earliest().isBefore(t.due()) || random.nextInt(100) >= 90) {
                continue;
            }
            LocalDate from = t.earliest().isBefore(first) ? first : t.earliest();
            long span = t.due().toEpochDay() - from.toEpochDay();
            LocalDate on = from.plusDays(span <= 0 ? 0 : random.nextInt((int) Math.min(span + 1, 366)));
            out.add(new Completion(t.plan(), t.target(), on, Optional.empty()));
        }
        out.sort(Comparator.comparing(Completion::completedOn)
                .thenComparing(Completion::plan)
                .thenComparing(Completion::target));
        return out;
    }

    private static <T extends Record> String csv(Class<T> type, List<T> rows) {
        StringWriter out = new StringWriter(rows.size() * 96 + 64);
        try {
            CsvWriter.forRecord(type).write(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
