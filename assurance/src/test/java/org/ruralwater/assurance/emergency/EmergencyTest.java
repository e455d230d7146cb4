package org.ruralwater.assurance.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.region.RegionCode;

class EmergencyTest {

    private static final RegionCode A = RegionCode.parse("539821101201");
    private static final RegionCode B = RegionCode.parse("539821101202");
    private static final BigDecimal MIN = new BigDecimal("7.5");
    private static final BigDecimal TARGET = new BigDecimal("35");

    private final EmergencyNorms norms = EmergencyNorms.china();

    private static Map<RegionCode, Long> villages(long a, long b) {
        Map<RegionCode, Long> m = new LinkedHashMap<>();
        m.put(A, a);
        m.put(B, b);
        return m;
    }

    @Test
    void normsNameTheirSources() {
        assertThat(norms.litres("sphere_minimum")).isEqualByComparingTo("7.5");
        assertThat(norms.litres("sphere_standard")).isEqualByComparingTo("15");
        assertThat(norms.quantities()).allSatisfy(n -> assertThat(n.source()).isNotBlank());
        assertThatThrownBy(() -> norms.litres("sphere_minimun")).hasMessageContaining("Maybe \"sphere_minimum\"?");
    }

    @Test
    void demandCountsAPartLoadAsATrip() {
        Demand d = Demand.of(1200, norms.litres("trucked_drinking_cn"), 3, new BigDecimal("5000"));
        assertThat(d.litres()).isEqualByComparingTo("21600");
        assertThat(d.trips()).isEqualTo(5);
    }

    @Test
    void anInterruptionEscalatesAt24And72Hours() {
        LocalDateTime start = LocalDateTime.of(2026, 3, 1, 8, 0);
        List<EmergencyNorms.Action> actions = norms.escalation(
                start, Optional.of(LocalDateTime.of(2026, 2, 28, 10, 0)), true, LocalDateTime.of(2026, 3, 4, 9, 0));
        assertThat(actions)
                .extracting(EmergencyNorms.Action::what, EmergencyNorms.Action::due)
                .containsExactly(
                        Tuple.tuple(
                                "planned stop notified late: users must be told 24 h before",
                                LocalDateTime.of(2026, 2, 28, 8, 0)),
                        Tuple.tuple("start emergency supply", LocalDateTime.of(2026, 3, 2, 8, 0)),
                        Tuple.tuple(
                                "report to the township and the county water authority",
                                LocalDateTime.of(2026, 3, 4, 8, 0)));
        assertThat(norms.escalation(start, Optional.empty(), false, start.plusHours(23)))
                .isEmpty();
    }

    @Test
    void droughtLevelFollowsTheShareOfRuralPeopleShortOfWater() {
        assertThat(norms.droughtLevel(new BigDecimal("10.1")))
                .map(EmergencyNorms.DroughtLevel::level)
                .contains("I");
        assertThat(norms.droughtLevel(new BigDecimal("6.5")))
                .map(EmergencyNorms.DroughtLevel::level)
                .contains("III");
        assertThat(norms.droughtLevel(new BigDecimal("2"))).isEmpty(); // "above 2%", so 2% itself is no drought level
    }

    @Test
    void tooLittleWaterIsSharedEquallyPerPerson() {
        DistributionPlan p = DistributionPlan.of(villages(100, 50), 900, MIN, TARGET);
        assertThat(p.lines()).extracting(DistributionPlan.Line::litres).containsExactly(600L, 300L);
        assertThat(p.lines()).noneMatch(DistributionPlan.Line::reachesMinimum);
        assertThat(p.explanation())
                .startsWith("not enough for the minimum of 7.5 L a person (1125 L needed, 900 L available)");
    }

    @Test
    void theMinimumComesFirstThenEveryoneRisesTogether() {
        DistributionPlan p = DistributionPlan.of(villages(100, 50), 2000, MIN, TARGET);
        // 750 + 375 L minimum, then 875 L at 5.83 L a person: 583 + 291, and the last litre ties (5.84 L
        // either way) so it goes to the village listed first.
        assertThat(p.lines()).extracting(DistributionPlan.Line::litres).containsExactly(1334L, 666L);
        assertThat(p.lines()).allMatch(DistributionPlan.Line::reachesMinimum);
        assertThat(p.unallocated()).isZero();
    }

    @Test
    void waterAboveTheTargetIsKept() {
        DistributionPlan p = DistributionPlan.of(villages(100, 50), 10_000, MIN, TARGET);
        assertThat(p.lines()).extracting(DistributionPlan.Line::litres).containsExactly(3500L, 1750L);
        assertThat(p.unallocated()).isEqualTo(4750);
        assertThat(p.explanation()).endsWith("4750 L kept");
    }

    @Test
    void aChineseReaderReadsHowTheWaterWasShared() {
        DistributionPlan p = DistributionPlan.of(villages(100, 50), 10_000, MIN, TARGET);
        assertThat(p.why().in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("各村先保证每人 7.5 升的最低需求；其余水量让所有人一同提高，直至每人 35 升；留存 4750 升");
    }

    @Test
    void aFractionalMinimumIsRoundedUpSoNobodyIsHalfALitreShort() {
        DistributionPlan p = DistributionPlan.of(villages(3, 1), 31, MIN, MIN);
        assertThat(p.lines())
                .extracting(DistributionPlan.Line::litres)
                .containsExactly(23L, 8L); // ceil(22.5), ceil(7.5)
        assertThat(p.lines()).allMatch(DistributionPlan.Line::reachesMinimum);
    }

    @Test
    void thePlanNeverHandsOutMoreThanThereIsAndGivesTheMinimumWheneverItCan() {
        qt().withExamples(1000)
                .forAll(
                        lists().of(integers().between(0, 2000)).ofSizeBetween(1, 12),
                        integers().between(0, 200_000))
                .checkAssert((pops, available) -> {
                    Map<RegionCode, Long> m = new LinkedHashMap<>();
                    for (int i = 0; i < pops.size(); i++) {
                        m.put(RegionCode.parse("539821101" + (201 + i)), (long) pops.get(i));
                    }
                    DistributionPlan p = DistributionPlan.of(m, available, MIN, TARGET);
                    long given = p.lines().stream()
                            .mapToLong(DistributionPlan.Line::litres)
                            .sum();
                    assertThat(given).isLessThanOrEqualTo(available);
                    assertThat(given + p.unallocated()).isEqualTo((long) available);
                    long needed = p.lines().stream()
                            .mapToLong(l -> MIN.multiply(BigDecimal.valueOf(l.people()))
                                    .setScale(0, RoundingMode.CEILING)
                                    .longValueExact())
                            .sum();
                    if (available >= needed) {
                        assertThat(p.lines()).allMatch(DistributionPlan.Line::reachesMinimum);
                    }
                    DistributionPlan more = DistributionPlan.of(m, available + 500, MIN, TARGET);
                    for (int i = 0; i < p.lines().size(); i++) {
                        assertThat(more.lines().get(i).litres())
                                .isGreaterThanOrEqualTo(p.lines().get(i).litres());
                    }
                });
    }

    @Test
    void thePlanIsWhatHandingOutOneLitreAtATimeWouldGive() {
        qt().withExamples(300)
                .forAll(
                        lists().of(integers().between(0, 300)).ofSizeBetween(1, 8),
                        integers().between(0, 15_000))
                .checkAssert((pops, available) -> {
                    Map<RegionCode, Long> m = new LinkedHashMap<>();
                    for (int i = 0; i < pops.size(); i++) {
                        m.put(RegionCode.parse("539821101" + (201 + i)), (long) pops.get(i));
                    }
                    assertThat(DistributionPlan.of(m, available, MIN, TARGET).lines())
                            .extracting(DistributionPlan.Line::litres)
                            .containsExactlyElementsOf(litreByLitre(pops, available));
                });
    }

    /** The slow, obviously fair way: each litre to whoever stays lowest with it, the minimum first. */
    private static List<Long> litreByLitre(List<Integer> pops, long available) {
        int n = pops.size();
        long[] need = new long[n];
        long[] cap = new long[n];
        long needTotal = 0;
        for (int i = 0; i < n; i++) {
            need[i] = MIN.multiply(BigDecimal.valueOf(pops.get(i)))
                    .setScale(0, RoundingMode.CEILING)
                    .longValueExact();
            cap[i] = Math.max(
                    need[i],
                    TARGET.multiply(BigDecimal.valueOf(pops.get(i)))
                            .setScale(0, RoundingMode.DOWN)
                            .longValueExact());
            needTotal += need[i];
        }
        long[] out = new long[n];
        boolean shortfall = available < needTotal;
        long left = available;
        if (!shortfall) {
            System.arraycopy(need, 0, out, 0, n);
            left -= needTotal;
        }
        for (; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                long weight = shortfall ? need[i] : pops.get(i);
                long base = shortfall ? 0 : need[i];
                long limit = shortfall ? need[i] : cap[i];
                if (weight == 0 || out[i] >= limit) {
                    continue;
                }
                if (best < 0) {
                    best = i;
                    continue;
                }
                long bestWeight = shortfall ? need[best] : pops.get(best);
                long bestBase = shortfall ? 0 : need[best];
                if ((out[i] - base + 1) * bestWeight < (out[best] - bestBase + 1) * weight) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            out[best]++;
        }
        return Arrays.stream(out).boxed().toList();
    }
}
