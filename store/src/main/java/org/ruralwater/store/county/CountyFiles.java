package org.ruralwater.store.county;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.asset.Asset;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.staff.Crew;
import org.ruralwater.core.staff.WaterManager;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.store.database.RecordRows;

/**
 * Each file of a county folder as stored: its rows, the key of a record, and the region it lies in. A record
 * that serves several villages (a works, a water manager) lies in the smallest region holding them all; a
 * meter, in its household's village; an asset, in its works' region.
 */
final class CountyFiles {

    /** One county file: its rows, and how a record of the county gives its key and region. */
    record File<T extends Record>(
            County.DataFile file,
            Class<T> type,
            RecordRows<T> rows,
            Function<County, List<T>> records,
            Function<T, String> key,
            String regionField) {

        String kind() {
            return rows.kind();
        }
    }

    static final File<Region> REGIONS = file(
            County.DataFile.REGIONS,
            Region.class,
            c -> regionsInOrder(c),
            r -> r.code().value(),
            "code");
    static final File<Village> VILLAGES = file(
            County.DataFile.VILLAGES,
            Village.class,
            County::villages,
            v -> v.code().value(),
            "code");
    static final File<SupplyWorks> WORKS =
            file(County.DataFile.WORKS, SupplyWorks.class, County::works, w -> w.id().value(), "villages");
    static final File<Household> HOUSEHOLDS =
            file(County.DataFile.HOUSEHOLDS, Household.class, County::households, h -> h.id().value(), "village");
    static final File<Meter> METERS =
            file(County.DataFile.METERS, Meter.class, County::meters, m -> m.id().value(), "household");
    static final File<Asset> ASSETS =
            file(County.DataFile.ASSETS, Asset.class, County::assets, a -> a.id().value(), "works");
    static final File<WaterManager> WATER_MANAGERS = file(
            County.DataFile.WATER_MANAGERS, WaterManager.class, County::waterManagers, m -> m.id().value(), "villages");
    static final File<Crew> CREWS = file(County.DataFile.CREWS, Crew.class, County::crews, c -> c.id().value(), "base");

    static final List<File<?>> ALL =
            List.of(REGIONS, VILLAGES, WORKS, HOUSEHOLDS, METERS, ASSETS, WATER_MANAGERS, CREWS);

    private CountyFiles() {}

    private static <T extends Record> File<T> file(
            County.DataFile file,
            Class<T> type,
            Function<County, List<T>> records,
            Function<T, String> key,
            String regionField) {
        String kind = file.fileName().substring(0, file.fileName().length() - ".csv".length());
        return new File<>(file, type, RecordRows.of(kind, type), records, key, regionField);
    }

    /** Regions from the top level down, as {@code County.write} writes them. */
    private static List<Region> regionsInOrder(County c) {
        List<Region> out = new ArrayList<>();
        for (var level : org.ruralwater.core.region.RegionLevel.values()) {
            out.addAll(c.regions().atLevel(level));
        }
        return out;
    }

    /** Where each record of the county lies, by kind and key. */
    static Map<String, Map<String, @Nullable String>> regions(County county) {
        Map<String, Map<String, @Nullable String>> out = new HashMap<>();
        Map<String, @Nullable String> regions = new HashMap<>();
        for (Region r : regionsInOrder(county)) {
            regions.put(r.code().value(), r.code().value());
        }
        Map<String, @Nullable String> villages = new HashMap<>();
        county.villages().forEach(v -> villages.put(v.code().value(), v.code().value()));
        Map<String, @Nullable String> works = new HashMap<>();
        county.works().forEach(w -> works.put(w.id().value(), smallestHolding(w.villages())));
        Map<String, @Nullable String> households = new HashMap<>();
        county.households()
                .forEach(h -> households.put(h.id().value(), h.village().value()));
        Map<String, @Nullable String> meters = new HashMap<>();
        county.meters()
                .forEach(m ->
                        meters.put(m.id().value(), households.get(m.household().value())));
        Map<String, @Nullable String> assets = new HashMap<>();
        county.assets()
                .forEach(a -> assets.put(a.id().value(), works.get(a.works().value())));
        Map<String, @Nullable String> managers = new HashMap<>();
        county.waterManagers().forEach(m -> managers.put(m.id().value(), smallestHolding(m.villages())));
        Map<String, @Nullable String> crews = new HashMap<>();
        county.crews().forEach(c -> crews.put(c.id().value(), c.base().value()));
        out.put(REGIONS.kind(), regions);
        out.put(VILLAGES.kind(), villages);
        out.put(WORKS.kind(), works);
        out.put(HOUSEHOLDS.kind(), households);
        out.put(METERS.kind(), meters);
        out.put(ASSETS.kind(), assets);
        out.put(WATER_MANAGERS.kind(), managers);
        out.put(CREWS.kind(), crews);
        return out;
    }

    /**
     * The smallest region that holds every one of the codes (one of them, or a common ancestor), or null when
     * they share none (villages of two provinces).
     */
    static @Nullable String smallestHolding(List<RegionCode> codes) {
        if (codes.isEmpty()) {
            return null;
        }
        List<RegionCode> chain = new ArrayList<>();
        chain.add(codes.get(0));
        chain.addAll(codes.get(0).ancestors());
        for (RegionCode candidate : chain) {
            boolean holdsAll = true;
            for (RegionCode c : codes) {
                if (!c.equals(candidate) && !c.isWithin(candidate)) {
                    holdsAll = false;
                    break;
                }
            }
            if (holdsAll) {
                return candidate.value();
            }
        }
        return null;
    }
}
