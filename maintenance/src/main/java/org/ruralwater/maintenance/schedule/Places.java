package org.ruralwater.maintenance.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
                    + ", so the scheduler cannot place it; Maybe a code from another county?");
        }
        java.math.BigDecimal n = java.math.BigDecimal.valueOf(within.size());
        java.math.BigDecimal lat = within.stream()
                .map(Village::latitude)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                .divide(n, 6, java.math.RoundingMode.HALF_UP);
        java.math.BigDecimal lon = within.stream()
                .map(Village::longitude)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                .divide(n, 6, java.math.RoundingMode.HALF_UP);
        return new Coordinates(lat, lon);
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
