package org.ruralwater.maintenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SourceType;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.Treatment;
import org.ruralwater.core.works.WorksId;

/** A county of two villages and one class IV works, for tests that need a county but not the demo's size. */
public final class SmallCounty {

    public static final RegionCode TAOQING = RegionCode.parse("539821101201");
    public static final RegionCode TANGTANG = RegionCode.parse("539821101202");
    public static final WorksId WORKS = WorksId.of("W1");

    private SmallCounty() {}

    public static Asset asset(String id, AssetType type, Optional<LocalDate> commissioned) {
        return new Asset(AssetId.of(id), WORKS, type, id + " " + type, Optional.empty(), commissioned);
    }

    public static Meter meter(String id, String household, int diameter, LocalDate verifiedOn) {
        return new Meter(MeterId.of(id), HouseholdId.of(household), diameter, 5, verifiedOn);
    }

    public static County with(List<Asset> assets, List<Meter> meters) {
        List<Household> households = meters.stream()
                .map(m -> new Household(
                        m.household(), TANGTANG, Optional.of(WORKS), 3, Connection.IN_HOUSE_TAP, Optional.of(m.id())))
                .toList();
        return County.of(
                List.of(
                        Region.of("530000", "云南省"),
                        Region.of("539821", "清源县"),
                        Region.of("539821101000", "塘边镇"),
                        Region.of("539821101201", "桃箐村"),
                        Region.of("539821101202", "塘塘村")),
                List.of(
                        new Village(TAOQING, "桃箐村", new BigDecimal("25.0400"), new BigDecimal("102.7100")),
                        new Village(TANGTANG, "塘塘村", new BigDecimal("25.0900"), new BigDecimal("102.7600"))),
                List.of(new SupplyWorks(
                        WORKS,
                        "桃箐村供水站",
                        SupplyKind.SMALL_CENTRALIZED,
                        SourceType.SURFACE,
                        Quantity.parse("300 m³/d"),
                        2400,
                        List.of(Treatment.SLOW_SAND_FILTRATION),
                        DisinfectionMethod.CHLORINE,
                        List.of(TAOQING, TANGTANG))),
                households,
                meters,
                assets,
                List.of(),
                List.of());
    }
}
