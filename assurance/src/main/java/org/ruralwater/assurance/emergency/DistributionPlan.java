package org.ruralwater.assurance.emergency;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.assurance.wording.AssuranceWords;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.wording.Phrase;

/**
 * 配水方案: shares a day's available water among villages when supply falls short. Every person gets the
 * emergency minimum before anyone gets more; above it, everyone rises together to the target; what is
 * left after the target is kept, not handed out. Shares are whole litres and never add up to more than
 * what is available.
 *
 * @param lines one per village, in the order given
 * @param unallocated litres not handed out: what is left once every village is at its target
 * @param why how the water was shared, put into words in the reader's language
 */
public record DistributionPlan(List<DistributionPlan.Line> lines, long available, long unallocated, Phrase why) {

    /** A village's share and what it means per person. */
    public record Line(
            RegionCode village, long people, long litres, BigDecimal litresPerPerson, boolean reachesMinimum) {}

    public DistributionPlan {
        lines = List.copyOf(lines);
        requireNonNull(why, "why");
    }

    /** How the water was shared, in English: the form of logs and of outputs for machines. */
    public String explanation() {
        return why.toString();
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
        Phrase why;
        if (availableLitres < needTotal) {
            // Not enough for the minimum: everyone is short by the same share of their need.
            level(litres, need, need, availableLitres);
            why = Phrase.of(AssuranceWords.SHORT_OF_MINIMUM, minimum.toPlainString(), needTotal, availableLitres);
        } else {
            // Above the minimum everyone rises together towards the target; a village at its target drops out.
            long[] room = new long[n];
            for (int i = 0; i < n; i++) {
                room[i] = cap[i] - need[i];
            }
            level(litres, pop, room, availableLitres - needTotal);
            for (int i = 0; i < n; i++) {
                litres[i] += need[i];
            }
            why = Phrase.of(AssuranceWords.MINIMUM_THEN_TOGETHER, minimum.toPlainString(), target.toPlainString());
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
            why = Phrase.of(AssuranceWords.LITRES_KEPT, why, availableLitres - given);
        }
        return new DistributionPlan(lines, availableLitres, availableLitres - given, why);
    }

    /**
     * Raises every part together: the result is what handing out {@code amount} one litre at a time would
     * give, each litre going to the part whose next litre keeps it lowest per unit of weight (the D'Hondt
     * order, earlier parts first on a tie), none above its cap. Handing out litre by litre is what makes
     * the plan fair as water grows: with more water no village ever gets less, which largest-remainder
     * sharing cannot promise (the Alabama paradox). It is computed without the loop: find which parts the
     * final level caps, start the rest at the floor of their proportional share, and hand out the few
     * litres left in that order.
     */
    private static void level(long[] out, long[] weight, long[] cap, long amount) {
        int n = out.length;
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (weight[i] > 0 && cap[i] > 0) {
                open.add(i);
            }
        }
        // Parts in the order their cap is reached as the level rises (cap / weight ascending).
        open.sort((a, b) -> Long.compare(Math.multiplyExact(cap[a], weight[b]), Math.multiplyExact(cap[b], weight[a])));
        // The most parts that can all sit at their cap: filled(k) grows with k.
        int lo = 0;
        int hi = open.size();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (filledAt(open.get(mid - 1), open, weight, cap) <= amount) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        long rest = amount;
        for (int k = 0; k < lo; k++) {
            int i = open.get(k);
            out[i] = cap[i];
            rest -= cap[i];
        }
        List<Integer> rising = open.subList(lo, open.size());
        long total = 0;
        for (int i : rising) {
            total += weight[i];
        }
        if (total == 0) {
            return;
        }
        for (int i : rising) {
            out[i] = Math.min(cap[i], Math.multiplyExact(rest, weight[i]) / total);
            rest -= out[i];
        }
        for (; rest > 0; rest--) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (weight[i] > 0
                        && out[i] < cap[i]
                        && (best < 0
                                || Math.multiplyExact(out[i] + 1, weight[best])
                                        < Math.multiplyExact(out[best] + 1, weight[i]))) {
                    best = i;
                }
            }
            if (best < 0) {
                return;
            }
            out[best]++;
        }
    }

    /** Litres handed out when the level reaches part {@code k}'s cap. */
    private static long filledAt(int k, List<Integer> open, long[] weight, long[] cap) {
        long sum = 0;
        for (int i : open) {
            sum += Math.min(cap[i], Math.multiplyExact(cap[k], weight[i]) / weight[k]);
        }
        return sum;
    }
}
