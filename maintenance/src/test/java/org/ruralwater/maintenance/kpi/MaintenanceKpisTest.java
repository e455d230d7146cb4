package org.ruralwater.maintenance.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ruralwater.maintenance.SmallCounty.TAOQING;
import static org.ruralwater.maintenance.SmallCounty.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.asset.AssetType;
import org.ruralwater.core.county.County;
import org.ruralwater.maintenance.SmallCounty;
import org.ruralwater.maintenance.plan.Completion;
import org.ruralwater.maintenance.plan.MaintenanceTask;
import org.ruralwater.maintenance.plan.RestDayRule;
import org.ruralwater.maintenance.workorder.Origin;
import org.ruralwater.maintenance.workorder.WorkOrder;

class MaintenanceKpisTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static LocalDateTime t(String text) {
        return LocalDateTime.parse(text);
    }

    private static MaintenanceTask task(String target, String earliest, String due) {
        return new MaintenanceTask(
                "PM:tank-cleaning:" + target + ":" + due,
                "tank-cleaning",
                "Clean the tank",
                target,
                TAOQING,
                d(earliest),
                d(due),
                360,
                List.of(),
                "test",
                RestDayRule.PREVIOUS_WORKING_DAY);
    }

    private static Completion done(String target, String on) {
        return new Completion("tank-cleaning", target, d(on), Optional.empty());
    }

    private static WorkOrder order(String id, String target, String reported) {
        return WorkOrder.reported(id, target, TAOQING, "minor", Origin.HOTLINE, t(reported), "hotline", "fault");
    }

    @Test
    void complianceCountsTasksDoneInsideTheirWindowAmongThoseDueInThePeriod() {
        List<MaintenanceTask> tasks = List.of(
                task("T1", "2026-11-01", "2026-11-15"),
                task("T2", "2026-11-01", "2026-11-15"),
                task("T3", "2026-11-10", "2026-11-30"),
                task("T4", "2026-12-01", "2026-12-15"));
        List<Completion> done = List.of(done("T1", "2026-11-12"), done("T2", "2026-11-16"), done("T3", "2026-11-02"));

        Compliance c = MaintenanceKpis.compliance(tasks, done, d("2026-11-01"), d("2026-11-30"));

        assertThat(c).isEqualTo(new Compliance(1, 3));
        assertThat(c.percent()).contains(new BigDecimal("33.33"));
        assertThat(new Compliance(0, 0).percent()).isEmpty();
        assertThatThrownBy(() -> new Compliance(4, 3)).hasMessageContaining("done 4 of 3");
    }

    @Test
    void mtbfAndMttrPerAssetTypeCountOnlyFailuresOfAssetsInThePeriod() {
        County county = SmallCounty.with(
                List.of(
                        asset("P1", AssetType.BOOSTER_PUMPING_STATION, Optional.empty()),
                        asset("P2", AssetType.BOOSTER_PUMPING_STATION, Optional.empty()),
                        asset("T1", AssetType.CLEAR_WATER_TANK, Optional.empty())),
                List.of());
        List<WorkOrder> orders = List.of(
                order("WO-1", "P1", "2026-11-02T08:00").repaired(t("2026-11-02T14:00")),
                order("WO-2", "P2", "2026-11-10T08:00").repaired(t("2026-11-11T08:00")),
                order("WO-3", "P1", "2026-10-30T08:00").repaired(t("2026-10-30T09:00")),
                order("WO-4", "M-77", "2026-11-05T08:00"));

        List<Reliability> r = MaintenanceKpis.reliability(county, orders, d("2026-11-01"), d("2026-11-30"));

        // Two pumps for 720 h each, 30 h of it under repair: 1,410 h over 2 failures; repairs of 6 h and 24 h.
        assertThat(r)
                .containsExactly(
                        new Reliability(
                                AssetType.BOOSTER_PUMPING_STATION,
                                2,
                                2,
                                new BigDecimal("1410.0"),
                                Optional.of(new BigDecimal("705.0")),
                                Optional.of(new BigDecimal("15.0"))),
                        new Reliability(
                                AssetType.CLEAR_WATER_TANK,
                                1,
                                0,
                                new BigDecimal("720.0"),
                                Optional.empty(),
                                Optional.empty()));
    }

    @Test
    void anUnrepairedFailureIsDownUntilThePeriodEndsAndHasNoRepairTime() {
        County county =
                SmallCounty.with(List.of(asset("P1", AssetType.BOOSTER_PUMPING_STATION, Optional.empty())), List.of());

        List<Reliability> r = MaintenanceKpis.reliability(
                county, List.of(order("WO-1", "P1", "2026-11-30T12:00")), d("2026-11-01"), d("2026-11-30"));

        assertThat(r.get(0).operatingHours()).isEqualByComparingTo("708");
        assertThat(r.get(0).mtbfHours()).contains(new BigDecimal("708.0"));
        assertThat(r.get(0).mttrHours()).isEmpty();
    }

    @Test
    void theBacklogAgesOpenWorkOrdersAndCountsOverduePreventiveTasks() {
        LocalDateTime at = t("2026-11-23T12:00");
        List<WorkOrder> orders = List.of(
                order("WO-1", "P1", "2026-11-23T08:00"),
                order("WO-2", "P1", "2026-11-21T10:00"),
                order("WO-3", "P1", "2026-11-10T10:00"),
                order("WO-4", "P1", "2026-11-20T10:00").repaired(t("2026-11-20T12:00")),
                order("WO-5", "P1", "2026-11-23T13:00"));
        List<MaintenanceTask> tasks = List.of(
                task("T1", "2026-11-01", "2026-11-20"),
                task("T2", "2026-11-01", "2026-11-20"),
                task("T3", "2026-11-01", "2026-11-25"));

        Backlog b = MaintenanceKpis.backlog(orders, tasks, List.of(done("T2", "2026-11-19")), at);

        assertThat(b.openWorkOrders()).isEqualTo(3);
        assertThat(b.byAge()).isEqualTo(Map.of("under 1 day", 1, "1-3 days", 1, "3-7 days", 0, "over 7 days", 1));
        assertThat(b.overduePreventive()).isEqualTo(1);
    }
}
