package org.ruralwater.core.county;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ruralwater.core.asset.Asset;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.CsvWriter;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionHierarchy;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.staff.Crew;
import org.ruralwater.core.staff.WaterManager;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.WorksId;

/**
 * The master data of one or more counties, as a folder of files: regions, villages, works, households,
 * meters, assets, water managers and crews. Every reference between the files is checked when they are
 * read.
 */
public final class County {

    /** The files of a county folder, each read into its record type. */
    public enum DataFile {
        REGIONS("regions.csv"),
        VILLAGES("villages.csv"),
        WORKS("works.csv"),
        HOUSEHOLDS("households.csv"),
        METERS("meters.csv"),
        ASSETS("assets.csv"),
        WATER_MANAGERS("water_managers.csv"),
        CREWS("crews.csv");

        private final String fileName;

        DataFile(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    private final RegionHierarchy regions;
    private final List<Village> villages;
    private final List<SupplyWorks> works;
    private final List<Household> households;
    private final List<Meter> meters;
    private final List<Asset> assets;
    private final List<WaterManager> waterManagers;
    private final List<Crew> crews;

    private final Map<RegionCode, Village> villageByCode;
    private final Map<WorksId, SupplyWorks> worksById;
    private final Map<HouseholdId, Household> householdById;
    private final Map<MeterId, Meter> meterById;

    private County(
            List<Region> regions,
            List<Village> villages,
            List<SupplyWorks> works,
            List<Household> households,
            List<Meter> meters,
            List<Asset> assets,
            List<WaterManager> waterManagers,
            List<Crew> crews) {
        this.regions = RegionHierarchy.of(regions);
        this.villages = List.copyOf(villages);
        this.works = List.copyOf(works);
        this.households = List.copyOf(households);
        this.meters = List.copyOf(meters);
        this.assets = List.copyOf(assets);
        this.waterManagers = List.copyOf(waterManagers);
        this.crews = List.copyOf(crews);
        this.villageByCode = index(villages, Village::code);
        this.worksById = index(works, SupplyWorks::id);
        this.householdById = index(households, Household::id);
        this.meterById = index(meters, Meter::id);
    }

    /**
     * A county from values already in memory, checked as {@link #read} checks files.
     *
     * @throws InvalidInputException listing every broken reference
     */
    public static County of(
            List<Region> regions,
            List<Village> villages,
            List<SupplyWorks> works,
            List<Household> households,
            List<Meter> meters,
            List<Asset> assets,
            List<WaterManager> waterManagers,
            List<Crew> crews) {
        return check(
                located("regions", regions),
                located("villages", villages),
                located("works", works),
                located("households", households),
                located("meters", meters),
                located("assets", assets),
                located("water_managers", waterManagers),
                located("crews", crews));
    }

    /**
     * Reads every file of a county folder, all or nothing.
     *
     * @throws InvalidInputException listing every problem in every file, and every reference from one file to
     *     a row missing in another
     */
    public static County read(Path folder) {
        requireNonNull(folder, "folder");
        List<Problem> problems = new ArrayList<>();
        var regions = readFile(folder, DataFile.REGIONS, Region.class, problems);
        var villages = readFile(folder, DataFile.VILLAGES, Village.class, problems);
        var works = readFile(folder, DataFile.WORKS, SupplyWorks.class, problems);
        var households = readFile(folder, DataFile.HOUSEHOLDS, Household.class, problems);
        var meters = readFile(folder, DataFile.METERS, Meter.class, problems);
        var assets = readFile(folder, DataFile.ASSETS, Asset.class, problems);
        var managers = readFile(folder, DataFile.WATER_MANAGERS, WaterManager.class, problems);
        var crews = readFile(folder, DataFile.CREWS, Crew.class, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return check(regions, villages, works, households, meters, assets, managers, crews);
    }

    /** Writes the county as a folder of files that {@link #read} reads back to an equal county. */
    public void write(Path folder) {
        requireNonNull(folder, "folder");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        List<Region> regionList = new ArrayList<>();
        for (var level : RegionLevel.values()) {
            regionList.addAll(regions.atLevel(level));
        }
        CsvWriter.forRecord(Region.class).write(folder.resolve(DataFile.REGIONS.fileName()), regionList);
        CsvWriter.forRecord(Village.class).write(folder.resolve(DataFile.VILLAGES.fileName()), villages);
        CsvWriter.forRecord(SupplyWorks.class).write(folder.resolve(DataFile.WORKS.fileName()), works);
        CsvWriter.forRecord(Household.class).write(folder.resolve(DataFile.HOUSEHOLDS.fileName()), households);
        CsvWriter.forRecord(Meter.class).write(folder.resolve(DataFile.METERS.fileName()), meters);
        CsvWriter.forRecord(Asset.class).write(folder.resolve(DataFile.ASSETS.fileName()), assets);
        CsvWriter.forRecord(WaterManager.class)
                .write(folder.resolve(DataFile.WATER_MANAGERS.fileName()), waterManagers);
        CsvWriter.forRecord(Crew.class).write(folder.resolve(DataFile.CREWS.fileName()), crews);
    }

    public RegionHierarchy regions() {
        return regions;
    }

    public List<Village> villages() {
        return villages;
    }

    public List<SupplyWorks> works() {
        return works;
    }

    public List<Household> households() {
        return households;
    }

    public List<Meter> meters() {
        return meters;
    }

    public List<Asset> assets() {
        return assets;
    }

    public List<WaterManager> waterManagers() {
        return waterManagers;
    }

    public List<Crew> crews() {
        return crews;
    }

    public Optional<Village> village(RegionCode code) {
        return Optional.ofNullable(villageByCode.get(code));
    }

    public Optional<SupplyWorks> works(WorksId id) {
        return Optional.ofNullable(worksById.get(id));
    }

    public Optional<Household> household(HouseholdId id) {
        return Optional.ofNullable(householdById.get(id));
    }

    public Optional<Meter> meter(MeterId id) {
        return Optional.ofNullable(meterById.get(id));
    }

    /** The number of people in all households. */
    public long people() {
        long n = 0;
        for (Household h : households) {
            n += h.members();
        }
        return n;
    }

    private static <T extends Record> List<Located<T>> readFile(
            Path folder, DataFile file, Class<T> type, List<Problem> problems) {
        try {
            return CsvReader.forRecord(type).readLocated(CsvReader.csvOrWorkbook(folder, file.fileName()));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return List.of();
        }
    }

    private static <T> List<Located<T>> located(String name, List<T> values) {
        List<Located<T>> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(new Located<>(name + ".csv", i + 2, values.get(i)));
        }
        return out;
    }

    private static County check(
            List<Located<Region>> regions,
            List<Located<Village>> villages,
            List<Located<SupplyWorks>> works,
            List<Located<Household>> households,
            List<Located<Meter>> meters,
            List<Located<Asset>> assets,
            List<Located<WaterManager>> managers,
            List<Located<Crew>> crews) {
        List<Problem> problems = new ArrayList<>();
        Set<RegionCode> regionCodes = unique(regions, Region::code, "code", problems);
        Set<RegionCode> villageCodes = unique(villages, Village::code, "code", problems);
        Set<WorksId> worksIds = unique(works, SupplyWorks::id, "id", problems);
        Set<HouseholdId> householdIds = unique(households, Household::id, "id", problems);
        Map<MeterId, Meter> meterByIdMap = new HashMap<>();
        for (Located<Meter> m : meters) {
            meterByIdMap.put(m.value().id(), m.value());
        }
        unique(meters, Meter::id, "id", problems);
        unique(assets, Asset::id, "id", problems);
        unique(managers, WaterManager::id, "id", problems);
        unique(crews, Crew::id, "id", problems);

        Reference<RegionCode> township =
                new Reference<>(regionCodes, CoreWords.LISTED_TOWNSHIP, CoreWords.NOUN_TOWNSHIP);
        Reference<RegionCode> region = new Reference<>(regionCodes, CoreWords.LISTED_REGION, CoreWords.NOUN_REGION);
        Reference<RegionCode> village = new Reference<>(villageCodes, CoreWords.LISTED_VILLAGE, CoreWords.NOUN_VILLAGE);
        Reference<WorksId> worksRef = new Reference<>(worksIds, CoreWords.LISTED_WORKS, CoreWords.NOUN_WORKS);
        Reference<MeterId> meter = new Reference<>(meterByIdMap.keySet(), CoreWords.LISTED_METER, CoreWords.NOUN_METER);
        Reference<HouseholdId> household =
                new Reference<>(householdIds, CoreWords.LISTED_HOUSEHOLD, CoreWords.NOUN_HOUSEHOLD);

        villages.forEach(v -> township.check(v, "code", List.of(v.value().township()), problems));
        works.forEach(w -> village.check(w, "villages", w.value().villages(), problems));
        Set<MeterId> metersInUse = new HashSet<>();
        for (Located<Household> h : households) {
            Household hh = h.value();
            village.check(h, "village", List.of(hh.village()), problems);
            worksRef.check(h, "works", hh.works().stream().toList(), problems);
            meter.check(h, "meter", hh.meter().stream().toList(), problems);
            hh.meter().ifPresent(id -> {
                Meter m = meterByIdMap.get(id);
                if (m != null && !m.household().equals(hh.id())) {
                    problems.add(h.problem(
                            "meter",
                            Phrase.of(CoreWords.METER_OF_HOUSEHOLD),
                            Phrase.of(CoreWords.METER_BELONGS_TO, id, m.household())));
                }
                if (!metersInUse.add(id)) {
                    problems.add(h.problem(
                            "meter",
                            Phrase.of(CoreWords.METER_NO_OTHER_HOUSEHOLD),
                            Phrase.of(CoreWords.METER_AGAIN, id)));
                }
            });
        }
        meters.forEach(m -> household.check(m, "household", List.of(m.value().household()), problems));
        assets.forEach(a -> worksRef.check(a, "works", List.of(a.value().works()), problems));
        managers.forEach(m -> village.check(m, "villages", m.value().villages(), problems));
        crews.forEach(c -> region.check(c, "base", List.of(c.value().base()), problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new County(
                values(regions),
                values(villages),
                values(works),
                values(households),
                values(meters),
                values(assets),
                values(managers),
                values(crews));
    }

    /** A reference from a row of one file to the keys of another. */
    private record Reference<K>(Set<K> known, CoreWords expected, CoreWords noun) {
        void check(Located<?> row, String field, List<K> keys, List<Problem> problems) {
            for (K k : keys) {
                if (!known.contains(k)) {
                    problems.add(row.problem(
                            field, Phrase.of(expected), Phrase.of(CoreWords.NOT_LISTED, Phrase.of(noun), k)));
                }
            }
        }
    }

    private static <T, K> Set<K> unique(
            List<Located<T>> rows, Function<T, K> key, String field, List<Problem> problems) {
        Map<K, Located<T>> seen = new HashMap<>();
        for (Located<T> row : rows) {
            K k = key.apply(row.value());
            Located<T> first = seen.putIfAbsent(k, row);
            if (first != null) {
                problems.add(row.problem(
                        field,
                        Phrase.of(CoreWords.UNIQUE_VALUE),
                        Phrase.of(CoreWords.AGAIN_FIRST_AT, k, first.line())));
            }
        }
        return seen.keySet();
    }

    private static <T> List<T> values(List<Located<T>> rows) {
        List<T> out = new ArrayList<>(rows.size());
        for (Located<T> r : rows) {
            out.add(r.value());
        }
        return out;
    }

    private static <T, K> Map<K, T> index(List<T> values, Function<T, K> key) {
        Map<K, T> map = new HashMap<>(values.size() * 2);
        for (T v : values) {
            map.put(key.apply(v), v);
        }
        return Map.copyOf(map);
    }
}
