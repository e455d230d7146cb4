package org.ruralwater.maintenance.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.Coordinates;
import org.ruralwater.core.region.RegionCode;

/**
 * The places of a schedule (villages, and the townships or counties crews start from) and the driving
 * minutes between each pair, computed once so that scoring a route is array lookups.
 */
final class Places {

    private final Map<RegionCode, Integer> index;
    private final int[][] minutes;

    private Places(Map<RegionCode, Integer> index, int[][] minutes) {
        this.index = index;
        this.minutes = minutes;
    }

    /** Villages are at their coordinates; a larger region is at the mean position of its villages. */
    static Places of(County county, List<RegionCode> codes, TravelModel model) {
        Map<RegionCode, Integer> index = new HashMap<>();
        List<Coordinates> points = new ArrayList<>();
        for (RegionCode c : codes) {
            if (index.containsKey(c)) {
                continue;
            }
            index.put(c, points.size());
            points.add(locate(county, c));
        }
        int n = points.size();
        int[][] minutes = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int m = model.minutes(points.get(i).metresTo(points.get(j)));
                minutes[i][j] = m;
                minutes[j][i] = m;
            }
        }
        return new Places(index, minutes);
    }

    private static Coordinates locate(County county, RegionCode code) {
        List<Village> within = county.villages().stream()
                .filter(v -> v.code().equals(code) || v.code().isWithin(code))
                .toList();
        if (within.isEmpty()) {
            throw new IllegalArgumentException("no village of the county is at or within " + code
                    + ", so the scheduler cannot place it\nMaybe a code from another county?");
        }
        BigDecimal lat = mean(within, Village::latitude);
        BigDecimal lon = mean(within, Village::longitude);
        return new Coordinates(lat, lon);
    }

    private static BigDecimal mean(List<Village> villages, Function<Village, BigDecimal> value) {
        return villages.stream()
                .map(value)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(villages.size()), 6, RoundingMode.HALF_UP);
    }

    int of(RegionCode code) {
        Integer i = index.get(code);
        if (i == null) {
            throw new IllegalArgumentException(code + " is not a place of this schedule");
        }
        return i;
    }

    int minutes(int from, int to) {
        return minutes[from][to];
    }
}
