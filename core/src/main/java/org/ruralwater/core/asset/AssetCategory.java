package org.ruralwater.core.asset;

import java.math.BigDecimal;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.quantity.Dimension;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.range.Range;

/** The top level of the asset taxonomy of a water works, with the dimension that sizes its assets. */
public enum AssetCategory implements Coded {
    /** 水源: the water body or aquifer a works draws on; sized by its safe yield. */
    SOURCE(Dimension.FLOW, "1e7", "m³/d"),
    /** 取水构筑物: intakes and wells; sized by their yield. */
    INTAKE_OR_WELL(Dimension.FLOW, "1e7", "m³/d"),
    /** 泵站: pumping stations; sized by their pumping capacity. */
    PUMPING_STATION(Dimension.FLOW, "1e7", "m³/d"),
    /** 净水设施: treatment units; sized by their treatment capacity. */
    TREATMENT_UNIT(Dimension.FLOW, "1e7", "m³/d"),
    /** 消毒设施: disinfection units; sized by the flow they treat. */
    DISINFECTION_UNIT(Dimension.FLOW, "1e7", "m³/d"),
    /** 调蓄构筑物: tanks and reservoirs; sized by their volume. */
    TANK_OR_RESERVOIR(Dimension.VOLUME, "1e10", "m³"),
    /** 管网: pipelines; sized by their length. */
    PIPELINE(Dimension.LENGTH, "1e6", "m"),
    /** 阀门: valves and hydrants; sized by their nominal diameter. */
    VALVE(Dimension.LENGTH, "4000", "mm"),
    /** 计量设施: bulk and district meters; sized by their nominal diameter. */
    METER(Dimension.LENGTH, "4000", "mm");

    private final Dimension sizeDimension;
    private final Range sizeRange;

    /**
     * The largest size an asset of the category can have, beyond which it is a typing error (ruralwater's
     * bounds): a flow of ten million m³ a day, a reservoir of ten billion m³ (a 大(1)型 reservoir holds
     * from one billion), a pipeline of a thousand kilometres, a diameter of DN4000.
     */
    AssetCategory(Dimension sizeDimension, String largest, String unit) {
        this.sizeDimension = sizeDimension;
        this.sizeRange =
                new Range(BigDecimal.ZERO, false, new BigDecimal(largest), true, Optional.of(Unit.parse(unit)));
    }

    /** The sizes an asset of this category can have: above zero, up to the category's largest. */
    public Range sizeRange() {
        return sizeRange;
    }

    /** What an asset's size measures in this category. */
    public Dimension sizeDimension() {
        return sizeDimension;
    }
}
