package org.ruralwater.core.asset;

import org.ruralwater.core.datafile.Coded;

/** The type of an asset of a water works, within its {@link AssetCategory}. File codes are lower-case names. */
public enum AssetType implements Coded {
    RESERVOIR_SOURCE(AssetCategory.SOURCE),
    RIVER_SOURCE(AssetCategory.SOURCE),
    AQUIFER_SOURCE(AssetCategory.SOURCE),
    SPRING_SOURCE(AssetCategory.SOURCE),
    SURFACE_INTAKE(AssetCategory.INTAKE_OR_WELL),
    WELL(AssetCategory.INTAKE_OR_WELL),
    SPRING_BOX(AssetCategory.INTAKE_OR_WELL),
    RAW_WATER_PUMPING_STATION(AssetCategory.PUMPING_STATION),
    BOOSTER_PUMPING_STATION(AssetCategory.PUMPING_STATION),
    CONVENTIONAL_TREATMENT_PLANT(AssetCategory.TREATMENT_UNIT),
    INTEGRATED_TREATMENT_UNIT(AssetCategory.TREATMENT_UNIT),
    MEMBRANE_UNIT(AssetCategory.TREATMENT_UNIT),
    SLOW_SAND_FILTER(AssetCategory.TREATMENT_UNIT),
    SPECIAL_TREATMENT_UNIT(AssetCategory.TREATMENT_UNIT),
    HYPOCHLORITE_DOSER(AssetCategory.DISINFECTION_UNIT),
    CHLORINE_DIOXIDE_GENERATOR(AssetCategory.DISINFECTION_UNIT),
    UV_UNIT(AssetCategory.DISINFECTION_UNIT),
    CLEAR_WATER_TANK(AssetCategory.TANK_OR_RESERVOIR),
    HIGH_LEVEL_TANK(AssetCategory.TANK_OR_RESERVOIR),
    CISTERN(AssetCategory.TANK_OR_RESERVOIR),
    TRANSMISSION_MAIN(AssetCategory.PIPELINE),
    DISTRIBUTION_MAIN(AssetCategory.PIPELINE),
    SERVICE_PIPE(AssetCategory.PIPELINE),
    GATE_VALVE(AssetCategory.VALVE),
    AIR_RELEASE_VALVE(AssetCategory.VALVE),
    PRESSURE_REDUCING_VALVE(AssetCategory.VALVE),
    HYDRANT(AssetCategory.VALVE),
    BULK_METER(AssetCategory.METER),
    DISTRICT_METER(AssetCategory.METER);

    private final AssetCategory category;

    AssetType(AssetCategory category) {
        this.category = category;
    }

    public AssetCategory category() {
        return category;
    }
}
