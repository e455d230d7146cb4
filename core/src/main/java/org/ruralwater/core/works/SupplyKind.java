package org.ruralwater.core.works;

import org.ruralwater.core.datafile.Coded;

/**
 * How water reaches people, in the terms of GB 5749-2022 §3 (definitions 3.2–3.4). The file code of each
 * kind is its lower-case name: {@code centralized}, {@code small_centralized}, {@code dispersed}.
 */
public enum SupplyKind implements Coded {
    /** 集中式供水: water taken centrally, treated and piped to users. */
    CENTRALIZED,
    /**
     * 小型集中式供水: centralized supply serving a village or less, defined by GB 5749-2022 §3.3 as a daily
     * supply under 1000 m³ or fewer than 10,000 people served.
     */
    SMALL_CENTRALIZED,
    /** 分散式供水: households take water themselves, with little or no treatment (wells, cisterns). */
    DISPERSED;

    /** Whether GB 5749-2022 footnote b's small-supply relaxation can apply to this kind at all. */
    public boolean mayUseSmallSupplyRelaxation() {
        return this != CENTRALIZED;
    }
}
