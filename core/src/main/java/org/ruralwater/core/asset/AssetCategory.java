package org.ruralwater.core.asset;

import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.quantity.Dimension;

/** The top level of the asset taxonomy of a water works, with the dimension that sizes its assets. */
public enum AssetCategory implements Coded {
    /** 水源: the water body or aquifer a works draws on; sized by its safe yield. */
    SOURCE(Dimension.FLOW),
    /** 取水构筑物: intakes and wells; sized by their yield. */
    INTAKE_OR_WELL(Dimension.FLOW),
    /** 泵站: pumping stations; sized by their pumping capacity. */
    PUMPING_STATION(Dimension.FLOW),
    /** 净水设施: treatment units; sized by their treatment capacity. */
    TREATMENT_UNIT(Dimension.FLOW),
    /** 消毒设施: disinfection units; sized by the flow they treat. */
    DISINFECTION_UNIT(Dimension.FLOW),
    /** 调蓄构筑物: tanks and reservoirs; sized by their volume. */
    TANK_OR_RESERVOIR(Dimension.VOLUME),
    /** 管网: pipelines; sized by their length. */
    PIPELINE(Dimension.LENGTH),
    /** 阀门: valves and hydrants; sized by their nominal diameter. */
    VALVE(Dimension.LENGTH),
    /** 计量设施: bulk and district meters; sized by their nominal diameter. */
    METER(Dimension.LENGTH);

    private final Dimension sizeDimension;

    AssetCategory(Dimension sizeDimension) {
        this.sizeDimension = sizeDimension;
    }

    /** What an asset's size measures in this category. */
    public Dimension sizeDimension() {
        return sizeDimension;
    }
}
