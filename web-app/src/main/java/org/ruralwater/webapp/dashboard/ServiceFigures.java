package org.ruralwater.webapp.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.region.RegionCode;

/**
 * One service indicator of a region: its figure over the months shown (a share's counts added up; the open
 * problems at the end of the last month), each month's for the trend, each region's below it for the
 * drill-down, and the target line.
 *
 * @param atZero for open problems, how many of the regions below have none open (动态清零)
 */
public record ServiceFigures(
        ServiceIndicator indicator,
        Tally overall,
        Map<YearMonth, Tally> months,
        Map<RegionCode, Tally> below,
        Optional<BigDecimal> target,
        int atZero) {

    public ServiceFigures {
        months = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(months));
        below = Map.copyOf(below);
    }

    public Tally below(RegionCode region) {
        return below.getOrDefault(region, Tally.NONE);
    }
}
