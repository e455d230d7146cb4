package org.ruralwater.assurance.emergency;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.core.region.RegionCode;

/**
 * 配水方案: shares a day's available water among villages when supply falls short. Every person gets the
 * emergency minimum before anyone gets more; above it, everyone rises together to the target; what is
 * left after the target is kept, not handed out. Shares are whole litres and never add up to more than
 * what is available.
 *
 * @param lines one per village, in the order given
 * @param unallocated litres not handed out (the rounding remainder, or what is left above the target)
 */
public record DistributionPlan(
        List<DistributionPlan.Line> lines, long available, long unallocated, String explanation) {

    /** A village's share and what it means per person. */
    public record Line(
            RegionCode village, long people, long litres, BigDecimal litresPerPerson, boolean reachesMinimum) {}

    public DistributionPlan {
        lines = List.copyOf(lines);
        requireNonNull(explanation, "explanation");
    }

    /**
     * The plan for a day.
     *
     * @param people people to supply per village
     * @param availableLitres the water available for the day
     * @param minimum the emergency minimum per person per day, such as Sphere's 7.5 L
     * @param target the level to raise everyone to once all have the minimum, such as 35 L
     */
    public static DistributionPlan of(
            Map<RegionCode, Long> people, long availableLitres, BigDecimal minimum, BigDecimal target) {
        requireNonNull(people, "people");
        if (availableLitres < 0) {
            throw new IllegalArgumentException("available water cannot be negative");
        }
        if (minimum.signum() < 0 || target.compareTo(minimum) < 0) {
            throw new IllegalArgumentException("the target must be at least the minimum, and the minimum at least 0");
        }
        List<RegionCode> villages = new ArrayList<>(new LinkedHashMap<>(people).keySet());
        int n = villages.size();
        long[] pop = new long[n];
        long[] need = new long[n];
        long[] cap = new long[n];
        long needTotal = 0;
        for (int i = 0; i < n; i++) {
            pop[i] = people.get(villages.get(i));
            if (pop[i] < 0) {
                throw new IllegalArgumentException("village " + villages.get(i) + " cannot have " + pop[i] + " people");
            }
            need[i] = minimum.multiply(BigDecimal.valueOf(pop[i]))
                    .setScale(0, RoundingMode.CEILING)
                    .longValueExact();
            cap[i] = Math.max(
                    need[i],
                    target.multiply(BigDecimal.valueOf(pop[i]))
                            .setScale(0, RoundingMode.DOWN)
                            .longValueExact());
            needTotal += need[i];
        }
        long[] litres = new long[n];
        String why;
        if (availableLitres < needTotal) {
            // Not enough for the minimum: everyone is short by the same share.
            share(litres, pop, need, availableLitres);
            why = "not enough for the minimum of " + minimum.toPlainString() + " L a person (" + needTotal
                    + " L needed, " + availableLitres + " L available): every village gets the same share per person";
        } else {
            System.arraycopy(need, 0, litres, 0, n);
            long rest = availableLitres - needTotal;
            // Above the minimum everyone rises together towards the target; a village at its target drops out.
            while (rest > 0) {
                long[] room = new long[n];
                long[] weight = new long[n];
                long roomTotal = 0;
                for (int i = 0; i < n; i++) {
                    room[i] = cap[i] - litres[i];
                    weight[i] = room[i] > 0 ? pop[i] : 0;
                    roomTotal += room[i];
                }
                if (roomTotal == 0) {
                    break;
                }
                long[] add = new long[n];
                long handed = share(add, weight, room, Math.min(rest, roomTotal));
                if (handed == 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    litres[i] += add[i];
                }
                rest -= handed;
            }
            why = "every village gets the minimum of " + minimum.toPlainString()
                    + " L a person; the rest raises everyone" + " together towards " + target.toPlainString() + " L";
        }
        long given = 0;
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            given += litres[i];
            BigDecimal lpp = pop[i] == 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(litres[i]).divide(BigDecimal.valueOf(pop[i]), 2, RoundingMode.DOWN);
            lines.add(new Line(villages.get(i), pop[i], litres[i], lpp, litres[i] >= need[i]));
        }
        if (given < availableLitres) {
            why = why + "; " + (availableLitres - given) + " L kept";
        }
        return new DistributionPlan(lines, availableLitres, availableLitres - given, why);
    }

    /**
     * Shares {@code amount} in proportion to the weights, each part at most its cap, by largest remainder;
     * returns what was handed out.
     */
    private static long share(long[] out, long[] weight, long[] cap, long amount) {
        long total = 0;
        for (long w : weight) {
            total += w;
        }
        if (total == 0 || amount <= 0) {
            return 0;
        }
        long handed = 0;
        long[] rem = new long[out.length];
        for (int i = 0; i < out.length; i++) {
            long exact = Math.multiplyExact(amount, weight[i]);
            long part = Math.min(cap[i], exact / total);
            out[i] = part;
            rem[i] = part == cap[i] ? -1 : exact % total;
            handed += part;
        }
        for (long left = amount - handed; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < out.length; i++) {
                if (rem[i] >= 0 && out[i] < cap[i] && (best < 0 || rem[i] > rem[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            out[best]++;
            rem[best] = -1;
            handed++;
        }
        return handed;
    }
}
