package org.ruralwater.core.demo;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import org.ruralwater.core.apportionment.LargestRemainder;
import org.ruralwater.core.asset.Asset;
import org.ruralwater.core.asset.AssetId;
import org.ruralwater.core.asset.AssetType;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.staff.Crew;
import org.ruralwater.core.staff.CrewId;
import org.ruralwater.core.staff.PersonId;
import org.ruralwater.core.staff.Skill;
import org.ruralwater.core.staff.WaterManager;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.ScaleClass;
import org.ruralwater.core.works.SourceType;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.Treatment;
import org.ruralwater.core.works.WorksId;

/**
 * A realistic, fictional county (or province of such counties) for first runs, examples and benchmarks:
 * the same seed and size always give the same files, byte for byte.
 *
 * <p>At the default size, 40,000 households, it is one county of 8 townships, 120 villages and 60 works:
 * one class I works, two class II, six class III, fifteen class IV, twenty-four class V and twelve
 * dispersed water points, with their assets, a water manager per village and a crew per township plus a
 * county crew. Larger sizes add counties of about 40,000 households each, so a 1,000,000-household province
 * has 25 counties. The county, its prefecture and every name in it are fictional; the province code is
 * Yunnan's (53) so that codes validate, and the prefecture code 5398 is unused in GB/T 2260.
 */
public final class DemoCounty {

    /** The default size: one county of 40,000 households. */
    public static final int DEFAULT_HOUSEHOLDS = 40_000;

    /** The default seed. */
    public static final long DEFAULT_SEED = 20_260_101L;

    static final int HOUSEHOLDS_PER_COUNTY = 40_000;
    static final int HOUSEHOLDS_PER_VILLAGE = 333;
    static final int VILLAGES_PER_TOWNSHIP = 15;

    /**
     * The works of a 60-works county by class, in the order they are handed out, so that a smaller county
     * still gets the large classes first. {@code null} is a dispersed water point, below class V.
     */
    private static final List<Optional<ScaleClass>> WORKS_MIX = worksMix();

    private DemoCounty() {}

    /** The default demo county. */
    public static County generate() {
        return generate(DEFAULT_HOUSEHOLDS, DEFAULT_SEED);
    }

    /**
     * A demo of about {@code households} households (exactly that many), generated from {@code seed}.
     *
     * @param households at least 1
     */
    public static County generate(int households, long seed) {
        return generate(households, seed, LocalDate.of(2026, 1, 1));
    }

    /**
     * As {@link #generate(int, long)}, with dates (meter verification, commissioning) drawn before {@code
     * asOf}.
     */
    public static County generate(int households, long seed, LocalDate asOf) {
        if (households < 1) {
            throw new IllegalArgumentException(
                    "a demo county needs at least 1 household, but " + households + " were asked");
        }
        requireNonNull(asOf, "asOf");
        return new Generator(new Random(seed), asOf).province(households);
    }

    /** Generates the default demo county and writes its files into the folder. */
    public static County writeTo(Path folder, int households, long seed) {
        County county = generate(households, seed);
        county.write(folder);
        return county;
    }

    private static List<Optional<ScaleClass>> worksMix() {
        // Webster (Sainte-Laguë) order: each next works goes to the class furthest below its share.
        List<Optional<ScaleClass>> classes = List.of(
                Optional.of(ScaleClass.I),
                Optional.of(ScaleClass.II),
                Optional.of(ScaleClass.III),
                Optional.of(ScaleClass.IV),
                Optional.of(ScaleClass.V),
                Optional.empty());
        int[] shares = {1, 2, 6, 15, 24, 12};
        int[] given = new int[shares.length];
        List<Optional<ScaleClass>> order = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            int best = 0;
            double bestPriority = -1;
            for (int i = 0; i < shares.length; i++) {
                double priority = shares[i] / (2.0 * given[i] + 1);
                if (given[i] < shares[i] && priority > bestPriority) {
                    bestPriority = priority;
                    best = i;
                }
            }
            given[best]++;
            order.add(classes.get(best));
        }
        // The largest works first, so that even a tiny demo has a centralized works.
        order.remove(Optional.of(ScaleClass.I));
        order.add(0, Optional.of(ScaleClass.I));
        return List.copyOf(order);
    }

    /** The generator's state: one random stream, read in a fixed order. */
    private static final class Generator {
        private final Random random;
        private final LocalDate asOf;
        private final List<Region> regions = new ArrayList<>();
        private final List<Village> villages = new ArrayList<>();
        private final List<SupplyWorks> works = new ArrayList<>();
        private final List<Household> households = new ArrayList<>();
        private final List<Meter> meters = new ArrayList<>();
        private final List<Asset> assets = new ArrayList<>();
        private final List<WaterManager> managers = new ArrayList<>();
        private final List<Crew> crews = new ArrayList<>();
        private final Set<String> worksNames = new HashSet<>();

        Generator(Random random, LocalDate asOf) {
            this.random = random;
            this.asOf = asOf;
        }

        County province(int totalHouseholds) {
            regions.add(Region.of("530000", "云南省"));
            int counties = Math.max(1, Math.round(totalHouseholds / (float) HOUSEHOLDS_PER_COUNTY));
            int prefectures = (counties + 59) / 60;
            for (int p = 0; p < prefectures; p++) {
                regions.add(Region.of("53" + (98 - p) + "00", Names.PREFECTURES.get(p % Names.PREFECTURES.size())));
            }
            for (int c = 0; c < counties; c++) {
                int share = totalHouseholds / counties + (c < totalHouseholds % counties ? 1 : 0);
                String code = "53" + (98 - c / 60) + (21 + c % 60);
                county(RegionCode.parse(code), c, share);
            }
            return County.of(regions, villages, works, households, meters, assets, managers, crews);
        }

        private void county(RegionCode county, int index, int householdCount) {
            String countyName = Names.COUNTIES.get(index % Names.COUNTIES.size())
                    + (index >= Names.COUNTIES.size() ? String.valueOf(index / Names.COUNTIES.size() + 1) : "")
                    + "县";
            regions.add(new Region(county, countyName));
            int villageCount = Math.max(1, Math.round(householdCount / (float) HOUSEHOLDS_PER_VILLAGE));
            int townshipCount = Math.max(1, Math.round(villageCount / (float) VILLAGES_PER_TOWNSHIP));
            double centreLat = 23.0 + (index % 10) * 0.55;
            double centreLon = 99.0 + (index / 10) * 0.65;

            List<Village> countyVillages = new ArrayList<>();
            List<RegionCode> townships = new ArrayList<>();
            Set<String> usedNames = new LinkedHashSet<>();
            for (int t = 0; t < townshipCount; t++) {
                boolean town = t < (townshipCount + 1) / 2;
                String digits = String.format(
                        Locale.ROOT, "%03d", (town ? 101 : 201) + (town ? t : t - (townshipCount + 1) / 2));
                RegionCode township = RegionCode.parse(county.value() + digits + "000");
                townships.add(township);
                regions.add(new Region(township, unique(usedNames, Names.place(random) + (town ? "镇" : "乡"))));
                int inTownship = villageCount / townshipCount + (t < villageCount % townshipCount ? 1 : 0);
                for (int v = 0; v < inTownship; v++) {
                    RegionCode code =
                            RegionCode.parse(county.value() + digits + String.format(Locale.ROOT, "%03d", 201 + v));
                    Village village = new Village(
                            code,
                            unique(usedNames, Names.place(random) + "村"),
                            degrees(centreLat + (random.nextDouble() - 0.5) * 0.5),
                            degrees(centreLon + (random.nextDouble() - 0.5) * 0.5));
                    countyVillages.add(village);
                    regions.add(new Region(code, village.name()));
                }
            }
            villages.addAll(countyVillages);

            int worksCount = Math.max(1, Math.min(householdCount, Math.round(villageCount / 2f)));
            List<Optional<ScaleClass>> mix = new ArrayList<>();
            for (int i = 0; i < worksCount; i++) {
                mix.add(WORKS_MIX.get(i % WORKS_MIX.size()));
            }
            long[] capacities = new long[worksCount];
            for (int i = 0; i < worksCount; i++) {
                capacities[i] = capacity(mix.get(i));
            }
            int[] worksHouseholds = shareOut(householdCount, capacities);

            // Households village by village, handed to works in turn: big works reach many villages, small
            // ones part of one (a natural hamlet, 自然村).
            int worksIndex = 0;
            int leftInWorks = worksHouseholds[0];
            List<List<Household>> byWorks = new ArrayList<>();
            for (int i = 0; i < worksCount; i++) {
                byWorks.add(new ArrayList<>());
            }
            int villageIndex = 0;
            for (Village v : countyVillages) {
                int inVillage = householdCount / countyVillages.size()
                        + (villageIndex < householdCount % countyVillages.size() ? 1 : 0);
                villageIndex++;
                for (int h = 1; h <= inVillage; h++) {
                    while (leftInWorks == 0 && worksIndex < worksCount - 1) {
                        worksIndex++;
                        leftInWorks = worksHouseholds[worksIndex];
                    }
                    leftInWorks--;
                    byWorks.get(worksIndex).add(household(v, h, county, worksIndex, mix.get(worksIndex)));
                }
            }
            for (int i = 0; i < worksCount; i++) {
                supplyWorks(county, countyName, i, mix.get(i), capacities[i], byWorks.get(i));
            }
            staff(county, countyName, townships, countyVillages);
        }

        private Household household(
                Village village, int seq, RegionCode county, int worksIndex, Optional<ScaleClass> scale) {
            HouseholdId id = HouseholdId.of(village.code().value() + "-" + String.format(Locale.ROOT, "%04d", seq));
            int members = members();
            WorksId worksId = worksId(county, worksIndex);
            Connection connection;
            boolean metered;
            if (scale.isEmpty()) {
                connection = random.nextInt(10) < 8 ? Connection.NONE : Connection.YARD_TAP;
                metered = false;
            } else if (scale.get().compareTo(ScaleClass.IV) < 0) {
                int r = random.nextInt(100);
                connection =
                        r < 72 ? Connection.IN_HOUSE_TAP : r < 98 ? Connection.YARD_TAP : Connection.PUBLIC_STANDPIPE;
                metered = connection != Connection.PUBLIC_STANDPIPE;
            } else {
                int r = random.nextInt(100);
                connection =
                        r < 45 ? Connection.IN_HOUSE_TAP : r < 92 ? Connection.YARD_TAP : Connection.PUBLIC_STANDPIPE;
                // The 2019 national notice asks for metered billing where a works serves 1,000+ people.
                metered = scale.get() == ScaleClass.IV && connection != Connection.PUBLIC_STANDPIPE;
            }
            Optional<MeterId> meterId = Optional.empty();
            if (metered) {
                MeterId m = MeterId.of("M" + id.value().replace("-", ""));
                meterId = Optional.of(m);
                int dn = random.nextInt(10) < 9 ? 15 : 20;
                int digits = random.nextInt(10) < 8 ? 5 : 4;
                meters.add(new Meter(m, id, dn, digits, asOf.minusDays(30 + random.nextInt(365 * 8))));
            }
            Household h = new Household(id, village.code(), Optional.of(worksId), members, connection, meterId);
            households.add(h);
            return h;
        }

        private int members() {
            // Rural household sizes, 1 to 6 people, averaging about 3.4.
            int r = random.nextInt(100);
            return r < 10 ? 1 : r < 32 ? 2 : r < 57 ? 3 : r < 79 ? 4 : r < 92 ? 5 : 6;
        }

        private void supplyWorks(
                RegionCode county,
                String countyName,
                int index,
                Optional<ScaleClass> scale,
                long capacity,
                List<Household> served) {
            WorksId id = worksId(county, index);
            Set<RegionCode> villageCodes = new LinkedHashSet<>();
            int people = 0;
            for (Household h : served) {
                villageCodes.add(h.village());
                people += h.members();
            }
            if (villageCodes.isEmpty()) {
                // A works with no household left to serve still reaches the last village of its county.
                villageCodes.add(villages.get(villages.size() - 1).code());
            }
            String firstVillage = villages.stream()
                    .filter(v -> v.code().equals(villageCodes.iterator().next()))
                    .findFirst()
                    .map(Village::name)
                    .orElse("");
            SupplyKind kind;
            SourceType source;
            List<Treatment> treatments;
            DisinfectionMethod disinfection;
            String name;
            if (scale.isEmpty()) {
                kind = SupplyKind.DISPERSED;
                source = random.nextBoolean() ? SourceType.RAINWATER_CISTERN : SourceType.GROUNDWATER;
                treatments = List.of(Treatment.NONE);
                disinfection = DisinfectionMethod.NONE;
                name = firstVillage + (source == SourceType.RAINWATER_CISTERN ? "水窖群" : "分散供水井");
            } else if (scale.get().compareTo(ScaleClass.IV) < 0) {
                kind = SupplyKind.CENTRALIZED;
                source = random.nextInt(3) == 0 ? SourceType.GROUNDWATER : SourceType.SURFACE;
                treatments = source == SourceType.GROUNDWATER && random.nextBoolean()
                        ? List.of(Treatment.CONVENTIONAL, Treatment.FLUORIDE_REMOVAL)
                        : List.of(Treatment.CONVENTIONAL);
                disinfection = random.nextBoolean() ? DisinfectionMethod.CHLORINE_DIOXIDE : DisinfectionMethod.CHLORINE;
                name = scale.get() == ScaleClass.I ? countyName + "城乡供水厂" : firstVillage + "水厂";
            } else {
                kind = SupplyKind.SMALL_CENTRALIZED;
                int r = random.nextInt(3);
                source = r == 0 ? SourceType.SPRING : r == 1 ? SourceType.GROUNDWATER : SourceType.SURFACE;
                treatments = scale.get() == ScaleClass.IV
                        ? List.of(Treatment.INTEGRATED_UNIT)
                        : List.of(random.nextBoolean() ? Treatment.SLOW_SAND_FILTRATION : Treatment.NONE);
                disinfection = scale.get() == ScaleClass.IV
                        ? DisinfectionMethod.CHLORINE_DIOXIDE
                        : random.nextInt(4) == 0 ? DisinfectionMethod.UV : DisinfectionMethod.CHLORINE;
                name = firstVillage + "供水站";
            }
            name = unique(worksNames, name);
            Quantity designCapacity = Quantity.of(capacity, Unit.CUBIC_METRE_PER_DAY);
            SupplyWorks w = new SupplyWorks(
                    id,
                    name,
                    kind,
                    source,
                    designCapacity,
                    people,
                    treatments,
                    disinfection,
                    List.copyOf(villageCodes));
            works.add(w);
            assetsOf(w);
        }

        private void assetsOf(SupplyWorks w) {
            int[] seq = {0};
            Map<AssetType, Integer> ofType = new EnumMap<>(AssetType.class);
            long cap = w.designCapacity().value().longValueExact();
            Optional<ScaleClass> scale = w.scaleClass();
            BiConsumer<AssetType, Optional<Quantity>> add = (type, size) -> {
                seq[0]++;
                int n = ofType.merge(type, 1, Integer::sum);
                assets.add(new Asset(
                        AssetId.of(w.id().value() + "-A" + String.format(Locale.ROOT, "%02d", seq[0])),
                        w.id(),
                        type,
                        w.name() + Names.asset(type) + (n > 1 ? String.valueOf(n) : ""),
                        size,
                        Optional.of(asOf.minusDays(365L + random.nextInt(365 * 18)))));
            };
            Quantity yield = Quantity.of(cap * 12 / 10 + 1, Unit.CUBIC_METRE_PER_DAY);
            switch (w.source()) {
                case GROUNDWATER -> {
                    add.accept(AssetType.AQUIFER_SOURCE, Optional.of(yield));
                    int wells = scale.isEmpty() ? 1 : Math.max(1, (int) (cap / 2000) + 1);
                    for (int i = 0; i < wells; i++) {
                        add.accept(AssetType.WELL, Optional.of(Quantity.of(cap / wells + 1, Unit.CUBIC_METRE_PER_DAY)));
                    }
                }
                case SURFACE -> {
                    add.accept(cap >= 1000 ? AssetType.RESERVOIR_SOURCE : AssetType.RIVER_SOURCE, Optional.of(yield));
                    add.accept(AssetType.SURFACE_INTAKE, Optional.of(yield));
                }
                case SPRING -> {
                    add.accept(AssetType.SPRING_SOURCE, Optional.of(yield));
                    add.accept(AssetType.SPRING_BOX, Optional.of(yield));
                }
                case RAINWATER_CISTERN ->
                    add.accept(AssetType.CISTERN, Optional.of(Quantity.of(30 + random.nextInt(70), Unit.CUBIC_METRE)));
            }
            if (w.kind() == SupplyKind.DISPERSED) {
                return;
            }
            Quantity flow = Quantity.of(cap, Unit.CUBIC_METRE_PER_DAY);
            if (w.source() != SourceType.SPRING) {
                add.accept(AssetType.RAW_WATER_PUMPING_STATION, Optional.of(flow));
            }
            for (Treatment t : w.treatments()) {
                switch (t) {
                    case CONVENTIONAL -> add.accept(AssetType.CONVENTIONAL_TREATMENT_PLANT, Optional.of(flow));
                    case INTEGRATED_UNIT -> add.accept(AssetType.INTEGRATED_TREATMENT_UNIT, Optional.of(flow));
                    case SLOW_SAND_FILTRATION -> add.accept(AssetType.SLOW_SAND_FILTER, Optional.of(flow));
                    case FLUORIDE_REMOVAL -> add.accept(AssetType.SPECIAL_TREATMENT_UNIT, Optional.of(flow));
                    default -> {}
                }
            }
            switch (w.disinfection()) {
                case CHLORINE_DIOXIDE, CHLORINE_DIOXIDE_CHLORINE ->
                    add.accept(AssetType.CHLORINE_DIOXIDE_GENERATOR, Optional.of(flow));
                case CHLORINE -> add.accept(AssetType.HYPOCHLORITE_DOSER, Optional.of(flow));
                case UV -> add.accept(AssetType.UV_UNIT, Optional.of(flow));
                default -> {}
            }
            add.accept(AssetType.CLEAR_WATER_TANK, Optional.of(Quantity.of(Math.max(10, cap / 5), Unit.CUBIC_METRE)));
            add.accept(AssetType.HIGH_LEVEL_TANK, Optional.of(Quantity.of(Math.max(10, cap / 10), Unit.CUBIC_METRE)));
            add.accept(
                    AssetType.TRANSMISSION_MAIN,
                    Optional.of(Quantity.of(500 + random.nextInt(4500) + cap, Unit.METRE)));
            for (int i = 0; i < w.villages().size(); i++) {
                add.accept(
                        AssetType.DISTRIBUTION_MAIN, Optional.of(Quantity.of(1500 + random.nextInt(6000), Unit.METRE)));
            }
            add.accept(AssetType.GATE_VALVE, Optional.of(Quantity.of(dn(cap), Unit.MILLIMETRE)));
            add.accept(AssetType.AIR_RELEASE_VALVE, Optional.of(Quantity.of(50, Unit.MILLIMETRE)));
            if (cap >= 100) {
                add.accept(AssetType.BULK_METER, Optional.of(Quantity.of(dn(cap), Unit.MILLIMETRE)));
            }
            if (cap >= 1000) {
                add.accept(AssetType.PRESSURE_REDUCING_VALVE, Optional.of(Quantity.of(dn(cap) / 2, Unit.MILLIMETRE)));
                for (RegionCode v : w.villages()) {
                    add.accept(AssetType.DISTRICT_METER, Optional.of(Quantity.of(50, Unit.MILLIMETRE)));
                }
            }
        }

        private static int dn(long capacity) {
            // Nominal diameter for about 1 m/s at the design flow, on the standard DN series.
            int[] series = {50, 65, 80, 100, 150, 200, 250, 300, 400, 500, 600};
            double area = capacity / 86400.0;
            double d = Math.sqrt(4 * area / Math.PI) * 1000;
            for (int s : series) {
                if (s >= d) {
                    return s;
                }
            }
            return 600;
        }

        private void staff(
                RegionCode county, String countyName, List<RegionCode> townships, List<Village> countyVillages) {
            // Someone must run a works' disinfection every day, and a small works has no resident operator:
            // the water manager of the village it stands in (its first village) is trained for it. The draw
            // is kept for every village, so the random stream, and all that follows it, is what it was.
            Set<RegionCode> dosingSites = new HashSet<>();
            for (SupplyWorks w : works) {
                if (w.disinfection() != DisinfectionMethod.NONE) {
                    dosingSites.add(w.villages().get(0));
                }
            }
            int i = 0;
            for (Village v : countyVillages) {
                i++;
                List<Skill> skills = new ArrayList<>(List.of(Skill.METERING));
                if (random.nextInt(3) == 0 || dosingSites.contains(v.code())) {
                    skills.add(Skill.DISINFECTION);
                }
                if (random.nextInt(2) == 0) {
                    skills.add(Skill.PIPEWORK);
                }
                managers.add(new WaterManager(
                        PersonId.of("P" + v.code().value()), Names.person(random), List.of(v.code()), skills));
            }
            crews.add(new Crew(
                    CrewId.of("C" + county.value()),
                    countyName + "供水维修队",
                    county,
                    5,
                    List.of(
                            Skill.PIPEWORK,
                            Skill.ELECTRICAL,
                            Skill.PUMP_MECHANIC,
                            Skill.DISINFECTION,
                            Skill.WATER_TESTING,
                            Skill.WELDING)));
            for (RegionCode t : townships) {
                String name = regions.stream()
                        .filter(r -> r.code().equals(t))
                        .findFirst()
                        .map(Region::name)
                        .orElseThrow();
                List<Skill> skills = new ArrayList<>(List.of(Skill.PIPEWORK, Skill.METERING));
                if (random.nextBoolean()) {
                    skills.add(Skill.ELECTRICAL);
                }
                if (random.nextBoolean()) {
                    skills.add(Skill.PUMP_MECHANIC);
                }
                crews.add(new Crew(CrewId.of("C" + t.value()), name + "维修组", t, 2 + random.nextInt(3), skills));
            }
        }

        private long capacity(Optional<ScaleClass> scale) {
            // Log-uniform inside the class, so each class spans its range the way real works do.
            double lo;
            double hi;
            if (scale.isEmpty()) {
                lo = 2;
                hi = 9;
            } else {
                switch (scale.get()) {
                    case I -> {
                        lo = 10_000;
                        hi = 15_000;
                    }
                    case II -> {
                        lo = 5_000;
                        hi = 9_999;
                    }
                    case III -> {
                        lo = 1_000;
                        hi = 4_999;
                    }
                    case IV -> {
                        lo = 100;
                        hi = 999;
                    }
                    default -> {
                        lo = 10;
                        hi = 99;
                    }
                }
            }
            double v = Math.exp(Math.log(lo) + random.nextDouble() * (Math.log(hi) - Math.log(lo)));
            return Math.max((long) lo, Math.min((long) hi, Math.round(v)));
        }

        private static WorksId worksId(RegionCode county, int index) {
            return WorksId.of("W" + county.value() + "-" + String.format(Locale.ROOT, "%03d", index + 1));
        }

        private static BigDecimal degrees(double d) {
            return BigDecimal.valueOf(d).setScale(5, RoundingMode.HALF_UP);
        }

        private static String unique(Set<String> used, String name) {
            String n = name;
            int k = 2;
            while (!used.add(n)) {
                n = name + k++;
            }
            return n;
        }
    }

    /** Shares {@code total} out in proportion to the weights by largest remainders, each at least 0. */
    static int[] shareOut(int total, long[] weights) {
        long[] split = LargestRemainder.split(total, weights);
        int[] shares = new int[split.length];
        for (int i = 0; i < split.length; i++) {
            shares[i] = Math.toIntExact(split[i]);
        }
        return shares;
    }
}
