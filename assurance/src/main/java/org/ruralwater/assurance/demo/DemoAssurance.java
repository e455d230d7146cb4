package org.ruralwater.assurance.demo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import org.ruralwater.assurance.monitoring.MonitoredHousehold;
import org.ruralwater.assurance.monitoring.MonitoringGroup;
import org.ruralwater.assurance.monitoring.ProblemType;
import org.ruralwater.assurance.monitoring.RectificationClass;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.assurance.safewater.Observation;
import org.ruralwater.assurance.safewater.SupplyCategory;
import org.ruralwater.assurance.safewater.WaterZone;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.CsvWriter;
import org.ruralwater.core.demo.DemoFile;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.quality.QualityEvidence;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.works.ScaleClass;
import org.ruralwater.core.works.SourceType;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.WorksId;

/**
 * A county's year of safe-water assurance: {@code observations.csv}, the year-end screening (排查) of every
 * household on the four indicators (quantity, quality, convenience, reliability), as {@code assurance screen}
 * reads it; {@code monitored.csv}, the households under anti-poverty-relapse monitoring; and {@code
 * tickets.json}, the problem ledger (问题清单) of the year, as {@code assurance problems} reads it.
 *
 * <p>Quantity and reliability follow the supply: the class I–III works (千吨万人, large-scale) give 70–120
 * litres a person a day and a few days short a year; small works less, with more interruptions; dispersed
 * wells and cisterns least, and a dry spring (Yunnan's March to May) leaves some of them short for weeks.
 * Quality is evidence as a county has it: tested at the works for centralized supply, the on-site sensory
 * check for dispersed points, except the two dispersed groundwater points the quality demo makes high in
 * fluoride and arsenic (the county's first two), whose households fail. Convenience is the household's
 * connection, and a walk to a standpipe or well.
 *
 * <p>Tickets: about one per 400 households a year, by type as a county's hotline and checks raise them (no
 * water, interruptions, quality, damage to works, burst pipes in the January freeze, drought in the dry
 * season). Deadlines are ruralwater's setting: on-the-spot problems in 10 days, staged ones in 90, continuing
 * ones by the year's end (the classes of Shanxi's 2023 campaign, whose own deadlines are fixed dates). Most
 * close in time with evidence; a few are still open past their deadline at the year's end; a few subjects come
 * back within a month (recurring); one closed ticket is reopened. The same county, seed and year give the
 * same bytes.
 */
public final class DemoAssurance {

    public static final String OBSERVATIONS = "observations.csv";
    public static final String MONITORED = "monitored.csv";
    public static final String TICKETS = "tickets.json";

    private DemoAssurance() {}

    public static List<DemoFile> write(County county, long seed, int year, Path folder) {
        requireNonNull(county, "county");
        requireNonNull(folder, "folder");
        Map<WorksId, SupplyWorks> works = new HashMap<>();
        county.works().forEach(w -> works.put(w.id(), w));
        List<WorksId> failingWells = new ArrayList<>();
        for (SupplyWorks w : county.works()) {
            if (w.kind() == SupplyKind.DISPERSED && w.source() == SourceType.GROUNDWATER && failingWells.size() < 2) {
                failingWells.add(w.id());
            }
        }
        Random random = DemoFile.stream(seed, year, "assurance", 0);
        List<Observation> observations = new ArrayList<>();
        List<MonitoredHousehold> monitored = new ArrayList<>();
        for (Household h : county.households()) {
            Optional<SupplyWorks> w = h.works().map(works::get);
            observations.add(observation(h, w, failingWells, random));
            if (random.nextInt(100) < 3) {
                MonitoringGroup group = MonitoringGroup.values()[random.nextInt(3)];
                LocalDate since = LocalDate.of(year - 1 - random.nextInt(3), 1 + random.nextInt(12), 1);
                Optional<LocalDate> exited = random.nextInt(4) == 0
                        ? Optional.of(LocalDate.of(year, 1 + random.nextInt(12), 1))
                        : Optional.empty();
                monitored.add(new MonitoredHousehold(h.id(), h.village(), group, since, exited));
            }
        }
        List<Ticket> tickets = new Tickets(county, random, year).all();
        String source = "# Demo safe-water assurance (fictional), " + year + ", seed " + seed
                + ": see assurance/docs/design-decisions.md\n";
        return List.of(
                DemoFile.write(
                        folder, OBSERVATIONS, source + csv(Observation.class, observations), observations.size()),
                DemoFile.write(folder, MONITORED, source + csv(MonitoredHousehold.class, monitored), monitored.size()),
                DemoFile.write(folder, TICKETS, json(tickets), tickets.size()));
    }

    private static Observation observation(
            Household h, Optional<SupplyWorks> works, List<WorksId> failingWells, Random random) {
        SupplyCategory supply;
        QualityEvidence quality;
        int litres;
        int shortfall;
        if (works.isEmpty() || works.get().kind() == SupplyKind.DISPERSED) {
            supply = SupplyCategory.DISPERSED;
            quality = works.isPresent() && failingWells.contains(works.get().id())
                    ? QualityEvidence.FAILS_LIMITS
                    : random.nextInt(100) < 2
                            ? QualityEvidence.SENSORY_CHECK_FAILED
                            : QualityEvidence.SENSORY_CHECK_PASSED;
            litres = 25 + random.nextInt(50);
            shortfall = random.nextInt(100) < 15 ? 20 + random.nextInt(40) : random.nextInt(15);
        } else if (works.get().scaleClass().orElse(ScaleClass.V).compareTo(ScaleClass.III) <= 0) {
            supply = SupplyCategory.LARGE_SCALE;
            quality = QualityEvidence.MEETS_FULL_LIMITS;
            litres = 70 + random.nextInt(51);
            shortfall = random.nextInt(6);
        } else {
            supply = SupplyCategory.SMALL_CENTRALIZED;
            quality =
                    random.nextInt(100) < 85 ? QualityEvidence.MEETS_FULL_LIMITS : QualityEvidence.MEETS_RELAXED_LIMITS;
            litres = 45 + random.nextInt(50);
            shortfall = random.nextInt(100) < 5 ? 15 + random.nextInt(20) : random.nextInt(10);
        }
        boolean walks = h.connection() == Connection.PUBLIC_STANDPIPE || h.connection() == Connection.NONE;
        Optional<BigDecimal> minutes = walks
                ? Optional.of(
                        BigDecimal.valueOf(random.nextInt(100) < 8 ? 25 + random.nextInt(20) : 3 + random.nextInt(17)))
                : Optional.empty();
        return new Observation(
                h.id().value(),
                h.village(),
                h.members(),
                WaterZone.WATER_RICH,
                Optional.of(BigDecimal.valueOf(litres)),
                supply,
                quality,
                h.connection(),
                h.connection() == Connection.YARD_TAP && random.nextInt(100) < 2,
                minutes,
                Optional.empty(),
                Optional.empty(),
                Optional.of(shortfall));
    }

    /** The year's problem tickets, opened and taken through their lifecycle as far as the year's end. */
    static final class Tickets {
        private final County county;
        private final Random random;
        private final int year;
        private final LocalDateTime end;
        private final List<Ticket> out = new ArrayList<>();

        Tickets(County county, Random random, int year) {
            this.county = county;
            this.random = random;
            this.year = year;
            this.end = LocalDate.of(year, 12, 31).atTime(23, 59);
        }

        List<Ticket> all() {
            int count = Math.max(6, county.households().size() / 400);
            List<Household> households = county.households();
            List<SupplyWorks> works = county.works();
            for (int i = 0; i < count; i++) {
                LocalDateTime opened = LocalDate.ofYearDay(
                                year,
                                1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear() - 14))
                        .atTime(8 + random.nextInt(10), random.nextInt(60));
                int month = opened.getMonthValue();
                int r = random.nextInt(100);
                ProblemType type = month <= 2 && r < 30
                        ? ProblemType.FREEZE_DAMAGE
                        : month >= 3 && month <= 5 && r < 30
                                ? ProblemType.DROUGHT
                                : r < 40
                                        ? ProblemType.NO_WATER_IN_PIPES
                                        : r < 60
                                                ? ProblemType.FREQUENT_INTERRUPTION
                                                : r < 75
                                                        ? ProblemType.POOR_QUALITY
                                                        : r < 90
                                                                ? ProblemType.WORKS_DAMAGE
                                                                : ProblemType.NO_TAP_HARD_TO_FETCH;
                String subject;
                String village;
                if (type == ProblemType.WORKS_DAMAGE
                        || type == ProblemType.POOR_QUALITY
                        || type == ProblemType.DROUGHT) {
                    SupplyWorks w = works.get(random.nextInt(works.size()));
                    subject = w.id().value();
                    village = w.villages().get(0).value();
                } else {
                    Household h = households.get(random.nextInt(households.size()));
                    subject = h.id().value();
                    village = h.village().value();
                }
                RectificationClass c = type == ProblemType.DROUGHT || type == ProblemType.NO_TAP_HARD_TO_FETCH
                        ? (random.nextBoolean() ? RectificationClass.STAGED : RectificationClass.CONTINUING)
                        : random.nextInt(10) < 8 ? RectificationClass.ON_THE_SPOT : RectificationClass.STAGED;
                Ticket t = lifecycle(id(), type, subject, village, c, opened);
                out.add(t);
                // A few come back within the month: the same subject and type again (问题反复).
                if (i % 17 == 3 && t.closedAt().isPresent()) {
                    LocalDateTime again = t.closedAt().get().plusDays(3 + random.nextInt(20));
                    if (again.isBefore(end)) {
                        out.add(lifecycle(id(), type, subject, village, c, again));
                    }
                }
            }
            out.sort(Comparator.comparing(Ticket::openedAt).thenComparing(Ticket::id));
            return List.copyOf(out);
        }

        private String id() {
            return String.format(Locale.ROOT, "T%d-%05d", year, out.size() + 1);
        }

        private Ticket lifecycle(
                String id, ProblemType type, String subject, String village, RectificationClass c, LocalDateTime at) {
            LocalDate deadline = switch (c) {
                case ON_THE_SPOT -> at.toLocalDate().plusDays(10);
                case STAGED -> at.toLocalDate().plusDays(90);
                case CONTINUING -> LocalDate.of(year, 12, 31);
            };
            int days = (int) (deadline.toEpochDay() - at.toLocalDate().toEpochDay());
            Ticket t = new Ticket(
                    id,
                    type,
                    subject,
                    RegionCode.parse(village),
                    c,
                    deadline,
                    List.of(new Ticket.Step(Ticket.State.OPEN, at, "12345热线", note(type))));
            // One in twelve (and the fifth) overruns its deadline, half of those still unverified at the year's
            // end; the rest close within it.
            boolean late = random.nextInt(12) == 0 || out.size() == 4;
            boolean stalled = late && out.size() % 2 == 0;
            int span = late ? days + 2 + random.nextInt(30) : Math.max(1, days * (30 + random.nextInt(60)) / 100);
            LocalDateTime assigned = at.plusHours(2 + random.nextInt(30));
            LocalDateTime rectifying = assigned.plusHours(1 + random.nextInt(24));
            LocalDateTime verified = at.plusDays(span).withHour(10);
            if (!verified.isAfter(rectifying)) {
                verified = rectifying.plusHours(4);
            }
            LocalDateTime closed = verified.plusHours(2 + random.nextInt(40));
            String station = "乡镇水利站";
            if (!assigned.isAfter(end)) {
                t = t.assign(assigned, station);
            }
            if (!rectifying.isAfter(end)) {
                t = t.startRectifying(rectifying, station, plan(type));
            }
            if (!verified.isAfter(end) && !stalled) {
                t = t.verify(verified, "县水利局", "现场核查已整改");
            }
            if (!closed.isAfter(end) && !stalled) {
                t = t.close(closed, "县水利局", "整改照片及回访记录");
                if (out.size() == 5) {
                    LocalDateTime reopened = closed.plusDays(5);
                    if (reopened.plusDays(3).isBefore(end)) {
                        t = t.reopen(reopened, "县水利局", "回访发现问题复发")
                                .startRectifying(reopened.plusDays(1), station, plan(type))
                                .verify(reopened.plusDays(3), "县水利局", "复查合格")
                                .close(reopened.plusDays(3).plusHours(4), "县水利局", "复查报告");
                    }
                }
            }
            return t;
        }

        private static String note(ProblemType type) {
            return switch (type) {
                case NO_WATER_IN_PIPES -> "群众反映水龙头不出水";
                case FREQUENT_INTERRUPTION -> "近期频繁停水";
                case POOR_QUALITY -> "水质浑浊或有异味";
                case NO_TAP_HARD_TO_FETCH -> "未通自来水，取水不便";
                case BUYING_WATER_DEAR -> "买水价格过高";
                case FREEZE_DAMAGE -> "寒潮冻裂管道";
                case DROUGHT -> "旱情导致水源不足";
                case WORKS_DAMAGE -> "供水设施损坏";
                default -> "安全饮水指标不达标";
            };
        }

        private static String plan(ProblemType type) {
            return switch (type) {
                case DROUGHT -> "应急送水并打井找水";
                case POOR_QUALITY -> "清洗水池、调整消毒并复检";
                case NO_TAP_HARD_TO_FETCH -> "纳入管网延伸计划";
                default -> "维修队上门抢修";
            };
        }
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

    /** The ledger as {@code assurance problems} reads it: a JSON array, one ticket per line group. */
    static String json(List<Ticket> tickets) {
        StringBuilder s = new StringBuilder(tickets.size() * 600 + 4).append("[\n");
        for (int i = 0; i < tickets.size(); i++) {
            Ticket t = tickets.get(i);
            s.append(" {\"id\": ")
                    .append(quote(t.id()))
                    .append(", \"type\": ")
                    .append(quote(Coded.codeOf(t.type())))
                    .append(", \"subject\": ")
                    .append(quote(t.subject()))
                    .append(", \"village\": ")
                    .append(quote(t.village().value()))
                    .append(", \"rectification\": ")
                    .append(quote(Coded.codeOf(t.rectification())))
                    .append(", \"deadline\": ")
                    .append(quote(t.deadline().toString()))
                    .append(",\n  \"history\": [");
            for (int k = 0; k < t.history().size(); k++) {
                Ticket.Step step = t.history().get(k);
                s.append(k == 0 ? "" : ",\n              ")
                        .append("{\"state\": ")
                        .append(quote(Coded.codeOf(step.state())))
                        .append(", \"at\": ")
                        .append(quote(step.at().toString()))
                        .append(", \"by\": ")
                        .append(quote(step.by()))
                        .append(", \"note\": ")
                        .append(quote(step.note()))
                        .append('}');
            }
            s.append("]}").append(i < tickets.size() - 1 ? "," : "").append('\n');
        }
        return s.append("]\n").toString();
    }

    private static String quote(String text) {
        StringBuilder q = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
