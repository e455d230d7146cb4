package org.ruralwater.qualityrules.demo;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvWriter;
import org.ruralwater.core.demo.DemoFile;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.ScaleClass;
import org.ruralwater.core.works.SourceType;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.Treatment;
import org.ruralwater.qualityrules.coverage.FrequencyRule;
import org.ruralwater.qualityrules.coverage.SamplingProgramme;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

/**
 * A county's year of water-quality samples, written as {@code samples.csv} in {@link SampleFile}'s long format.
 *
 * <p>Every works gets the samples the bundled programme ({@link SamplingProgramme#bundled()}: GB/T 43824-2024's
 * frequencies as a vendor summarises them, and the health department's dry- and wet-season surveillance of
 * outlet and tap) requires of it, so the coverage check finds no missed window; on top of it, ruralwater's
 * setting for the tap (末梢水), which the programme leaves open: class I–III works sample two far taps a month
 * and class IV one a quarter for turbidity, the residual, plate count and coliforms (CJ/T 206-2005 asks the
 * network twice a month of a city, ../shared/domain.md §3.4; a rural county does less), and each dispersed
 * point one household tap in the wet season. Groundwater sources add fluoride and arsenic, the local specials
 * of §3.3.
 *
 * <p>Values are drawn around what rural works report: most samples pass; turbidity after rain in the wet
 * season (June to September) fails at a few outlets and taps of surface and spring works; far taps now and
 * then hold too little residual; the fluoride-removal works' outlet slips above 1.0 mg/L a few times; one
 * dispersed well is high in fluoride and another in arsenic; untreated dispersed water often shows coliforms;
 * a few tap samples miss their residual (the field kit was not taken). Raw surface water at the source is
 * turbid, as it is before treatment, and fails the drinking-water limit it is judged against; the pass rate
 * (水质达标率) is the outlet's and the tap's. The same county, seed and year give the same bytes.
 */
public final class DemoSamples {

    /** The file written. */
    public static final String FILE = "samples.csv";

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final String PLANT_LAB = "水厂化验室";
    private static final String COUNTY_LAB = "县水质检测中心";
    private static final String HEALTH_LAB = "县疾控中心";

    private DemoSamples() {}

    /** Writes the year's samples of every works of the county into the folder. */
    public static List<DemoFile> write(County county, long seed, int year, Path folder) {
        requireNonNull(county, "county");
        requireNonNull(folder, "folder");
        Standard standard = Standards.bundled().get("GB5749-2022");
        SamplingProgramme programme = SamplingProgramme.bundled();
        List<Drawn> samples = new ArrayList<>();
        List<SupplyWorks> works = county.works();
        Set<Integer> fluorideWells = new LinkedHashSet<>();
        Set<Integer> arsenicWells = new LinkedHashSet<>();
        // The two problem wells: the first and second dispersed groundwater points of the county.
        for (int i = 0; i < works.size() && arsenicWells.isEmpty(); i++) {
            SupplyWorks w = works.get(i);
            if (w.kind() == SupplyKind.DISPERSED && w.source() == SourceType.GROUNDWATER) {
                (fluorideWells.isEmpty() ? fluorideWells : arsenicWells).add(i);
            }
        }
        for (int i = 0; i < works.size(); i++) {
            SupplyWorks w = works.get(i);
            Values values = new Values(
                    w, DemoFile.stream(seed, year, "quality", i), fluorideWells.contains(i), arsenicWells.contains(i));
            for (FrequencyRule rule : programme.rules()) {
                if (rule.covers(w)) {
                    for (LocalDateTime at : Windows.times(rule, year, values.random)) {
                        samples.add(values.sample(
                                rule.point(),
                                at,
                                indicators(rule.indicators(), w, standard, rule.point()),
                                lab(rule),
                                false));
                    }
                }
            }
            for (LocalDateTime at : Windows.taps(w, year, values.random)) {
                samples.add(values.sample(SamplingPoint.TAP, at, tapIndicators(w, standard), COUNTY_LAB, true));
            }
        }
        samples.sort(Comparator.comparing(Drawn::at)
                .thenComparing(d -> d.works().id().value())
                .thenComparing(Drawn::point));
        StringBuilder csv = new StringBuilder(samples.size() * 600);
        csv.append("# A year of demo water-quality samples (fictional), ")
                .append(year)
                .append(", seed ")
                .append(seed)
                .append(": see quality-rules/docs/design-decisions.md\n");
        csv.append(CsvWriter.line(List.of(
                "sample_id",
                "works_id",
                "point",
                "sampled_at",
                "supply",
                "limited",
                "disinfection",
                "indicator",
                "value",
                "unit",
                "detection_limit",
                "laboratory")));
        long rows = 0;
        int n = 0;
        for (Drawn d : samples) {
            n++;
            String id = String.format(Locale.ROOT, "Q%d-%06d", year, n);
            SupplyWorks w = d.works();
            // Note b's relaxed limits are for small and dispersed supply limited by source or treatment: the
            // demo's small works say so, having only an integrated unit, slow sand or nothing.
            String limited = w.kind() == SupplyKind.CENTRALIZED ? "false" : "true";
            for (Value v : d.values()) {
                csv.append(CsvWriter.line(List.of(
                        id,
                        w.id().value(),
                        d.point().code(),
                        AT.format(d.at()),
                        w.kind().code(),
                        limited,
                        w.disinfection().code(),
                        v.indicator(),
                        v.value(),
                        v.unit(),
                        v.detectionLimit(),
                        d.laboratory())));
                rows++;
            }
        }
        return List.of(DemoFile.write(folder, FILE, csv, rows));
    }

    private static String lab(FrequencyRule rule) {
        return rule.id().startsWith("surveillance") ? HEALTH_LAB : PLANT_LAB;
    }

    /** The rule's indicators, the residual placeholder read as the works' own disinfectant's. */
    private static List<String> indicators(List<String> codes, SupplyWorks w, Standard standard, SamplingPoint point) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            if (code.equals(FrequencyRule.DISINFECTANT_RESIDUAL)) {
                standard.disinfectant(w.disinfection()).ifPresent(d -> out.addAll(d.indicators()));
            } else {
                out.add(code);
            }
        }
        // Groundwater's local specials at the source (§3.3), and the fluoride a removal unit is there for at
        // its outlet; a dispersed well's one sample is its source and its tap at once.
        boolean special = point == SamplingPoint.SOURCE
                || w.kind() == SupplyKind.DISPERSED
                || (point == SamplingPoint.OUTLET && w.treatments().contains(Treatment.FLUORIDE_REMOVAL));
        if (w.source() == SourceType.GROUNDWATER && special && !out.contains("fluoride")) {
            out.add("fluoride");
        }
        if (w.source() == SourceType.GROUNDWATER && special && point != SamplingPoint.OUTLET) {
            out.add("arsenic");
        }
        return out;
    }

    private static List<String> tapIndicators(SupplyWorks w, Standard standard) {
        List<String> codes = w.kind() == SupplyKind.DISPERSED
                ? List.of("turbidity", "total_coliforms", "heterotrophic_plate_count", "nitrate_n")
                : List.of(
                        "turbidity",
                        FrequencyRule.DISINFECTANT_RESIDUAL,
                        "heterotrophic_plate_count",
                        "total_coliforms");
        return indicators(codes, w, standard, SamplingPoint.TAP);
    }

    /** A sample drawn: its works, point, time, laboratory and values. */
    record Drawn(SupplyWorks works, SamplingPoint point, LocalDateTime at, String laboratory, List<Value> values) {}

    /** One determination as the file writes it. */
    record Value(String indicator, String value, String unit, String detectionLimit) {
        static Value of(String indicator, String value, String unit) {
            return new Value(indicator, value, unit, "");
        }
    }

    /** When samples are taken: a working morning in each window of a rule, or of the demo's tap setting. */
    static final class Windows {
        private Windows() {}

        static List<LocalDateTime> times(FrequencyRule rule, int year, Random random) {
            List<LocalDateTime> out = new ArrayList<>();
            LocalDate first = LocalDate.of(year, 1, 1);
            switch (rule.cadence()) {
                case DAY -> {
                    for (LocalDate d = first; d.getYear() == year; d = d.plusDays(1)) {
                        out.add(morning(d, random));
                    }
                }
                case WEEK -> {
                    // Each week's Tuesday, or the week's first day of the year when the year starts later.
                    for (LocalDate d = first.with(DayOfWeek.MONDAY); d.getYear() <= year; d = d.plusWeeks(1)) {
                        LocalDate tuesday = d.plusDays(1);
                        LocalDate day = tuesday.getYear() < year ? first : tuesday;
                        if (day.getYear() == year) {
                            out.add(morning(day, random));
                        }
                    }
                }
                case MONTH -> {
                    for (int m = 1; m <= 12; m++) {
                        out.add(morning(workday(LocalDate.of(year, m, 3 + random.nextInt(20))), random));
                    }
                }
                case QUARTER -> {
                    for (int q = 0; q < 4; q++) {
                        out.add(morning(workday(LocalDate.of(year, q * 3 + 2, 3 + random.nextInt(20))), random));
                    }
                }
                case YEAR -> {
                    List<Integer> months = rule.months().orElse(List.of(5));
                    int month = months.get(random.nextInt(months.size()));
                    out.add(morning(workday(LocalDate.of(year, month, 3 + random.nextInt(20))), random));
                }
            }
            return out;
        }

        /** The demo's tap setting: two far taps a month for class I–III, one a quarter for IV, dispersed once. */
        static List<LocalDateTime> taps(SupplyWorks w, int year, Random random) {
            List<LocalDateTime> out = new ArrayList<>();
            if (w.kind() == SupplyKind.DISPERSED) {
                out.add(morning(workday(LocalDate.of(year, 7 + random.nextInt(3), 3 + random.nextInt(20))), random));
                return out;
            }
            ScaleClass c = w.scaleClass().orElse(ScaleClass.V);
            if (c.compareTo(ScaleClass.III) <= 0) {
                for (int m = 1; m <= 12; m++) {
                    out.add(morning(workday(LocalDate.of(year, m, 5 + random.nextInt(8))), random));
                    out.add(morning(workday(LocalDate.of(year, m, 16 + random.nextInt(8))), random));
                }
            } else if (c == ScaleClass.IV) {
                for (int q = 0; q < 4; q++) {
                    out.add(morning(
                            workday(LocalDate.of(year, q * 3 + 1 + random.nextInt(3), 3 + random.nextInt(20))),
                            random));
                }
            }
            return out;
        }

        private static LocalDate workday(LocalDate d) {
            return switch (d.getDayOfWeek()) {
                case SATURDAY -> d.plusDays(2);
                case SUNDAY -> d.plusDays(1);
                default -> d;
            };
        }

        private static LocalDateTime morning(LocalDate d, Random random) {
            return d.atTime(8 + random.nextInt(3), random.nextInt(4) * 15);
        }
    }

    /** The values of one works' samples, from its own random stream. */
    static final class Values {
        final SupplyWorks works;
        final Random random;
        final boolean highFluoride;
        final boolean highArsenic;
        final boolean turbidSource;

        Values(SupplyWorks works, Random random, boolean highFluoride, boolean highArsenic) {
            this.works = works;
            this.random = random;
            this.highFluoride = highFluoride;
            this.highArsenic = highArsenic;
            this.turbidSource = works.source() == SourceType.SURFACE || works.source() == SourceType.SPRING;
        }

        /** @param mayMissResidual whether the field kit may have been left behind (never on a programme's sample) */
        Drawn sample(
                SamplingPoint point, LocalDateTime at, List<String> indicators, String lab, boolean mayMissResidual) {
            boolean wet = at.getMonthValue() >= 6 && at.getMonthValue() <= 9;
            // After heavy rain the works' water is turbid all along its way, at the outlet and every tap.
            boolean afterRain = wet && turbidSource && random.nextInt(100) < 3;
            List<Value> values = new ArrayList<>();
            boolean skipResidual = mayMissResidual && random.nextInt(1000) < 15;
            boolean farTapLow = point == SamplingPoint.TAP && random.nextInt(1000) < 25;
            for (String code : indicators) {
                switch (code) {
                    case "free_chlorine", "total_chlorine", "chlorine_dioxide" -> {
                        if (!skipResidual) {
                            values.add(Value.of(code, residual(code, point, farTapLow), "mg/L"));
                        }
                    }
                    default -> values.add(value(code, point, wet, afterRain));
                }
                if (code.equals("chloroform")) {
                    // A laboratory determines the four trihalomethanes together, as their ratio sum needs.
                    values.add(chlorinated("bromoform", 0.0005, 0.002));
                }
            }
            return new Drawn(works, point, at, lab, List.copyOf(values));
        }

        private String residual(String code, SamplingPoint point, boolean farTapLow) {
            boolean dioxide = code.equals("chlorine_dioxide");
            if (point == SamplingPoint.SOURCE) {
                return "ND";
            }
            if (point == SamplingPoint.OUTLET) {
                return dioxide ? decimal(0.15, 0.5, 2) : decimal(0.4, 1.2, 2);
            }
            if (farTapLow) {
                return dioxide ? decimal(0.005, 0.015, 3) : decimal(0.01, 0.04, 2);
            }
            return dioxide ? decimal(0.04, 0.3, 2) : decimal(0.08, 0.6, 2);
        }

        private Value value(String code, SamplingPoint point, boolean wet, boolean afterRain) {
            boolean dispersed = works.kind() == SupplyKind.DISPERSED;
            return switch (code) {
                case "turbidity" -> Value.of(code, turbidity(point, wet, afterRain), "NTU");
                case "color" -> Value.of(code, random.nextInt(4) == 0 ? "5" : "<5", "度");
                case "odour_taste" -> Value.of(code, "无异臭、异味", "");
                case "visible_matter" -> Value.of(code, "无", "");
                case "ph" -> Value.of(code, decimal(6.8, 8.0, 1), "");
                case "total_coliforms" -> Value.of(code, coliforms(point, wet, dispersed), "MPN/100mL");
                case "heterotrophic_plate_count" ->
                    Value.of(
                            code,
                            String.valueOf(
                                    point == SamplingPoint.SOURCE || dispersed
                                            ? 20 + random.nextInt(200)
                                            : point == SamplingPoint.OUTLET
                                                    ? 2 + random.nextInt(30)
                                                    : 5 + random.nextInt(55)),
                            "CFU/mL");
                case "total_hardness" -> Value.of(code, String.valueOf(80 + random.nextInt(220)), "mg/L");
                case "total_dissolved_solids" -> Value.of(code, String.valueOf(150 + random.nextInt(350)), "mg/L");
                case "ammonia_n" -> Value.of(code, random.nextInt(3) == 0 ? "<0.02" : decimal(0.02, 0.3, 2), "mg/L");
                case "chloride" -> Value.of(code, decimal(5, 60, 1), "mg/L");
                case "sulfate" -> Value.of(code, decimal(10, 80, 1), "mg/L");
                case "mercury" -> new Value(code, "ND", "mg/L", "0.0001");
                case "fluoride" -> Value.of(code, fluoride(point), "mg/L");
                case "arsenic" -> arsenic();
                case "nitrate_n" -> Value.of(code, decimal(0.5, dispersed ? 9 : 6, 1), "mg/L");
                case "chloroform" -> chlorinated(code, 0.002, 0.02);
                case "bromodichloromethane" -> chlorinated(code, 0.001, 0.01);
                case "dibromochloromethane" -> chlorinated(code, 0.0005, 0.005);
                case "permanganate_index" -> Value.of(code, decimal(wet ? 1.5 : 1.0, wet ? 2.9 : 2.2, 1), "mg/L");
                default -> throw new IllegalStateException("the demo draws no value for " + code);
            };
        }

        private String turbidity(SamplingPoint point, boolean wet, boolean afterRain) {
            if (point == SamplingPoint.SOURCE) {
                return turbidSource ? decimal(wet ? 8 : 2, wet ? 60 : 8, 1) : decimal(0.2, 0.8, 2);
            }
            if (afterRain) {
                // Above 1 NTU, and above the 3 NTU small works may have under note b.
                return works.kind() == SupplyKind.CENTRALIZED ? decimal(1.2, 2.5, 1) : decimal(3.2, 5, 1);
            }
            if (works.kind() == SupplyKind.DISPERSED) {
                return decimal(0.3, 2.5, 1);
            }
            return point == SamplingPoint.OUTLET ? decimal(0.15, 0.6, 2) : decimal(0.2, 0.9, 2);
        }

        private String coliforms(SamplingPoint point, boolean wet, boolean dispersed) {
            int percent = point == SamplingPoint.SOURCE || dispersed ? 25 : wet && point == SamplingPoint.TAP ? 1 : 0;
            return random.nextInt(100) < percent ? String.valueOf(2 + random.nextInt(20)) : "未检出";
        }

        private String fluoride(SamplingPoint point) {
            if (highFluoride) {
                return decimal(1.3, 1.8, 2);
            }
            if (works.treatments().contains(Treatment.FLUORIDE_REMOVAL)) {
                // A high-fluoride source: raw water well above the limit, the unit's outlet now and then above it.
                if (point == SamplingPoint.SOURCE) {
                    return decimal(1.6, 2.6, 2);
                }
                return random.nextInt(100) < 2 ? decimal(1.05, 1.3, 2) : decimal(0.6, 0.95, 2);
            }
            return decimal(0.1, 0.6, 2);
        }

        private Value arsenic() {
            if (highArsenic) {
                return Value.of("arsenic", decimal(0.012, 0.03, 3), "mg/L");
            }
            return new Value("arsenic", "ND", "mg/L", "0.001");
        }

        private Value chlorinated(String code, double lo, double hi) {
            if (!works.disinfection().leavesResidual() || works.disinfection() == DisinfectionMethod.CHLORINE_DIOXIDE) {
                return new Value(code, "ND", "mg/L", "0.0005");
            }
            return Value.of(code, decimal(lo, hi, 4), "mg/L");
        }

        private String decimal(double lo, double hi, int scale) {
            double v = lo + random.nextDouble() * (hi - lo);
            return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).toPlainString();
        }
    }
}
