package org.ruralwater.webapp.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.history.HistoryRecords;

/**
 * The service figures of a whole county counted at once, one query per indicator and level, against each
 * region's own figures asked of the store in that region's scope (as the dashboard counted them before): on a
 * demo county of several townships with its year, every region from the county to each village has the same
 * figures both ways.
 */
class ServiceReportTest {

    private static final County COUNTY = DemoCounty.generate(7_500, DemoCounty.DEFAULT_SEED);
    private static final Region CODE =
            COUNTY.regions().atLevel(RegionLevel.COUNTY).get(0);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 15);

    private static Store store;

    @BeforeAll
    static void start(@TempDir Path dir) {
        store = Store.open(Location.embeddedIn(dir.resolve("store")));
        store.history()
                .importDemoYear(
                        Scope.everything(),
                        Actor.cli(),
                        COUNTY,
                        DemoCounty.DEFAULT_SEED,
                        2026,
                        HistoryRecords.Rules.bundled());
        store.collection().countSummary(TODAY);
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void theCountyCountedAtOnceGivesEveryRegionTheFiguresItsOwnScopedQueriesGive() {
        County read = store.county().read(Scope.of(CODE.code()));
        YearMonth from = YearMonth.of(2026, 1);
        YearMonth to = YearMonth.of(2026, 12);
        Map<RegionCode, List<ServiceFigures>> atOnce =
                ServiceReport.ofEvery(store, read.regions(), CODE, from, to, TODAY, ServiceTargets.bundled());
        List<Region> every = new ArrayList<>(List.of(CODE));
        every.addAll(read.regions().within(CODE.code()));
        assertThat(read.regions().childrenOf(CODE.code())).hasSizeGreaterThan(1);
        assertThat(atOnce).hasSize(every.size());
        int counted = 0;
        for (Region r : every) {
            List<ServiceFigures> alone = RegionByRegion.of(
                    store, r, read.regions().childrenOf(r.code()), from, to, TODAY, ServiceTargets.bundled());
            assertThat(atOnce.get(r.code())).as(r.code().value()).isEqualTo(alone);
            counted += alone.stream().filter(f -> !f.months().isEmpty()).count();
        }
        // Not only empty figures compared: most regions have months of samples, fees, repairs and problems.
        assertThat(counted).isGreaterThan(every.size());
    }
}
