package org.ruralwater.assurance.coverage;

import org.ruralwater.core.datafile.Coded;

/**
 * The programme's national coverage indicators, each a share of a region's rural people. Definitions as
 * the Ministry of Water Resources states them (农村供水保障 guidance, 2021; the 2022 notice on large-scale
 * works), computed from the county's records: people are household members, each household counted in
 * the village it lives in.
 */
public enum CoverageIndicator implements Coded {
    /**
     * 农村自来水普及率: rural people with piped water to the household ÷ rural people. Counted: households
     * whose connection is a tap in the house or the yard (入户、入院) from a centralised or small centralised
     * works; a public standpipe or a dispersed supply is not tap water to the household.
     */
    TAP_WATER,
    /**
     * 规模化供水工程覆盖农村人口比例: rural people served by large-scale works (urban-network extensions and
     * 千吨万人 works, at least 1000 m³/d or 10,000 people) ÷ rural people. Counted: households supplied by a
     * works of kind {@code centralized}, which GB 5749-2022 §3.3 sets apart from small centralised supply
     * by the same two thresholds.
     */
    LARGE_SCALE,
    /** 集中供水率: rural people supplied by centralised works of any size ÷ rural people. */
    CENTRALISED;
}
