package org.ruralwater.assurance.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.works.SupplyKind;

class CoverageReportTest {

    private static final County COUNTY = DemoCounty.generate(4_000, DemoCounty.DEFAULT_SEED);
    private static final RegionCode CODE =
            COUNTY.regions().atLevel(RegionLevel.COUNTY).get(0).code();

    private static long people(Predicate<Household> counted) {
        return COUNTY.households().stream()
                .filter(counted)
                .mapToLong(Household::members)
                .sum();
    }

    private static SupplyKind kindOf(Household h) {
        return COUNTY.works(h.works().orElseThrow()).orElseThrow().kind();
    }

    @Test
    void aCountysFiguresCountItsPeopleByTheIndicatorsDefinitions() {
        CoverageReport r = CoverageReport.of(COUNTY, CODE);
        long all = people(h -> true);
        long tap = people(h -> h.works().isPresent()
                && kindOf(h) != SupplyKind.DISPERSED
                && h.connection().isPipedToPremises());
        long large = people(h -> h.works().isPresent() && kindOf(h) == SupplyKind.CENTRALIZED);
        assertThat(r.of(CoverageIndicator.TAP_WATER))
                .isEqualTo(new Coverage(CoverageIndicator.TAP_WATER, CODE, tap, all));
        assertThat(r.of(CoverageIndicator.LARGE_SCALE).people()).isEqualTo(large);
        assertThat(r.of(CoverageIndicator.CENTRALISED).people())
                .isBetween(r.of(CoverageIndicator.TAP_WATER).people(), all);
        assertThat(all).isEqualTo(COUNTY.people());
    }

    @Test
    void theRegionsBelowAddUpToTheRegionInPeopleNotInPercentages() {
        CoverageReport r = CoverageReport.of(COUNTY, CODE);
        assertThat(r.regionsBelow()).extracting(Region::code).allMatch(c -> c.level() == RegionLevel.TOWNSHIP);
        for (CoverageIndicator i : CoverageIndicator.values()) {
            long people = 0;
            long of = 0;
            for (Map<CoverageIndicator, Coverage> m : r.below().values()) {
                people += m.get(i).people();
                of += m.get(i).of();
            }
            assertThat(people).isEqualTo(r.of(i).people());
            assertThat(of).isEqualTo(r.of(i).of());
        }
    }

    @Test
    void aTownshipsReportDrillsDownToItsVillages() {
        CoverageReport county = CoverageReport.of(COUNTY, CODE);
        Region township = county.regionsBelow().get(0);
        CoverageReport r = CoverageReport.of(COUNTY, township.code());
        assertThat(r.of(CoverageIndicator.TAP_WATER))
                .isEqualTo(county.below().get(township).get(CoverageIndicator.TAP_WATER));
        assertThat(r.regionsBelow()).isNotEmpty().allMatch(v -> v.code().level() == RegionLevel.VILLAGE);
    }

    @Test
    void aShareIsInPercentToOneDecimalAndARegionWithoutPeopleHasNone() {
        assertThat(new Coverage(CoverageIndicator.TAP_WATER, CODE, 2, 3).percent())
                .contains(new BigDecimal("66.7"));
        assertThat(new Coverage(CoverageIndicator.TAP_WATER, CODE, 0, 0).percent())
                .isEmpty();
    }

    @Test
    void theTargetLineOfAYearIsTheLatestTargetSetForItOrBefore() {
        NationalTargets t = NationalTargets.bundled();
        assertThat(t.targetFor(CoverageIndicator.TAP_WATER, 2026).orElseThrow().percent())
                .isEqualByComparingTo("97");
        assertThat(t.targetFor(CoverageIndicator.LARGE_SCALE, 2025)
                        .orElseThrow()
                        .percent())
                .isEqualByComparingTo("60");
        assertThat(t.targetFor(CoverageIndicator.CENTRALISED, 2026)).isEmpty();
        assertThat(t.figures()).allSatisfy(f -> assertThat(f.source()).isNotBlank());
    }
}
