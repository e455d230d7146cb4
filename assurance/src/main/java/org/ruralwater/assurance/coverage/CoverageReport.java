package org.ruralwater.assurance.coverage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionHierarchy;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.WorksId;

/**
 * The coverage indicators of a region and of each region directly below it (a county's townships, a
 * township's villages), for a dashboard's figures and their drill-down. One pass over the households.
 */
public final class CoverageReport {

    private final RegionCode region;
    private final Map<CoverageIndicator, Coverage> total;
    private final Map<Region, Map<CoverageIndicator, Coverage>> below;

    private CoverageReport(
            RegionCode region,
            Map<CoverageIndicator, Coverage> total,
            Map<Region, Map<CoverageIndicator, Coverage>> below) {
        this.region = region;
        this.total = total;
        this.below = below;
    }

    /** The report of {@code region} (the county itself, or a region in it) from the county's records. */
    public static CoverageReport of(County county, RegionCode region) {
        requireNonNull(county, "county");
        return of(county.regions(), county.works(), county.households(), region);
    }

    /**
     * The report of {@code region} from the regions and works of its county and the households to count
     * (those outside the region are skipped), as a store reads them within a user's scope.
     */
    public static CoverageReport of(
            RegionHierarchy regions, List<SupplyWorks> works, List<Household> households, RegionCode region) {
        requireNonNull(region, "region");
        Map<WorksId, SupplyKind> kinds = new HashMap<>();
        for (SupplyWorks w : works) {
            kinds.put(w.id(), w.kind());
        }
        List<Region> children = regions.childrenOf(region);
        Map<RegionCode, Region> childOf = new HashMap<>();
        for (Region child : children) {
            childOf.put(child.code(), child);
        }
        Counts all = new Counts();
        Map<Region, Counts> byChild = new LinkedHashMap<>();
        for (Region child : children) {
            byChild.put(child, new Counts());
        }
        for (Household h : households) {
            RegionCode village = h.village();
            if (!(village.equals(region) || village.isWithin(region))) {
                continue;
            }
            Optional<SupplyKind> kind = h.works().map(kinds::get);
            all.add(h, kind);
            Region child = childOf.get(village);
            if (child == null) {
                for (RegionCode a : village.ancestors()) {
                    child = childOf.get(a);
                    if (child != null) {
                        break;
                    }
                }
            }
            if (child != null) {
                byChild.get(child).add(h, kind);
            }
        }
        Map<Region, Map<CoverageIndicator, Coverage>> below = new LinkedHashMap<>();
        byChild.forEach((child, counts) -> below.put(child, counts.coverages(child.code())));
        return new CoverageReport(region, all.coverages(region), below);
    }

    public RegionCode region() {
        return region;
    }

    /** The region's figure for the indicator. */
    public Coverage of(CoverageIndicator indicator) {
        return total.get(indicator);
    }

    /** Each region directly below, in the county's order, with its figures. */
    public Map<Region, Map<CoverageIndicator, Coverage>> below() {
        return below;
    }

    /** People counted per indicator, and all people. */
    private static final class Counts {
        private long people;
        private final long[] counted = new long[CoverageIndicator.values().length];

        void add(Household h, Optional<SupplyKind> kind) {
            int m = h.members();
            people += m;
            boolean centralised = kind.isPresent() && kind.get() != SupplyKind.DISPERSED;
            if (centralised) {
                counted[CoverageIndicator.CENTRALISED.ordinal()] += m;
                if (h.connection().isPipedToPremises()) {
                    counted[CoverageIndicator.TAP_WATER.ordinal()] += m;
                }
            }
            if (kind.isPresent() && kind.get() == SupplyKind.CENTRALIZED) {
                counted[CoverageIndicator.LARGE_SCALE.ordinal()] += m;
            }
        }

        Map<CoverageIndicator, Coverage> coverages(RegionCode region) {
            Map<CoverageIndicator, Coverage> out = new EnumMap<>(CoverageIndicator.class);
            for (CoverageIndicator i : CoverageIndicator.values()) {
                out.put(i, new Coverage(i, region, counted[i.ordinal()], people));
            }
            return out;
        }
    }

    /** The regions directly below, in order (for a drill-down table). */
    public List<Region> regionsBelow() {
        return new ArrayList<>(below.keySet());
    }
}
