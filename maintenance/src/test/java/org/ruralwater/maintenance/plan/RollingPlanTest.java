package org.ruralwater.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ruralwater.maintenance.SmallCounty.asset;
import static org.ruralwater.maintenance.SmallCounty.meter;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.asset.AssetId;
import org.ruralwater.core.asset.AssetType;
import org.ruralwater.core.calendar.CalendarNotCoveredException;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.staff.Skill;
import org.ruralwater.maintenance.SmallCounty;

class RollingPlanTest {

    private static final RollingPlan PLAN = RollingPlan.of(Catalogue.chinaRural(), WorkCalendar.china());

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static List<MaintenanceTask> generate(County county, List<Completion> history, String from, String to) {
        return PLAN.generate(county, history, List.of(), d(from), d(to), Set.of());
    }

    private static List<MaintenanceTask> ofPlan(List<MaintenanceTask> tasks, String plan) {
        return tasks.stream().filter(t -> t.plan().equals(plan)).toList();
    }

    @Test
    void floodSeasonPatrolsAreDueEveryDayIncludingHolidays() {
        County county = SmallCounty.with(
                List.of(asset("R1", AssetType.RESERVOIR_SOURCE, Optional.of(d("2026-01-01")))), List.of());

        List<MaintenanceTask> tasks = generate(county, List.of(), "2026-06-18", "2026-06-22");

        assertThat(ofPlan(tasks, "reservoir-patrol-flood-season"))
                .extracting(MaintenanceTask::due)
                .containsExactly(d("2026-06-18"), d("2026-06-19"), d("2026-06-20"), d("2026-06-21"), d("2026-06-22"));
        assertThat(ofPlan(tasks, "reservoir-patrol")).isEmpty();
    }

    @Test
    void weeklyPatrolsOutsideTheFloodSeasonMoveOffHolidaysToTheWorkingDayBefore() {
        // Commissioned on a Thursday: weekly patrols fall on Thursdays; 1 October 2026 is National Day.
        County county = SmallCounty.with(
                List.of(asset("R1", AssetType.RESERVOIR_SOURCE, Optional.of(d("2026-01-01")))), List.of());

        List<MaintenanceTask> weekly =
                ofPlan(generate(county, List.of(), "2026-09-28", "2026-10-15"), "reservoir-patrol");

        assertThat(weekly)
                .extracting(MaintenanceTask::due)
                .containsExactly(d("2026-09-30"), d("2026-10-08"), d("2026-10-15"));
        assertThat(weekly.get(0).id()).isEqualTo("PM:reservoir-patrol:R1:2026-10-01");
        assertThat(weekly.get(0).earliest()).isEqualTo(d("2026-09-24"));
    }

    @Test
    void aFloatingPlanCountsFromTheLastCompletionAndFromCommissioningBeforeThat() {
        County county = SmallCounty.with(
                List.of(
                        asset("T1", AssetType.CLEAR_WATER_TANK, Optional.of(d("2026-01-15"))),
                        asset("T2", AssetType.HIGH_LEVEL_TANK, Optional.of(d("2024-01-15")))),
                List.of());
        List<Completion> history = List.of(
                new Completion("tank-cleaning", "T2", d("2025-09-10"), Optional.empty()),
                new Completion("tank-cleaning", "T2", d("2026-03-10"), Optional.empty()),
                new Completion("tank-cleaning", "T2", d("2025-03-02"), Optional.empty()));

        List<MaintenanceTask> tanks = ofPlan(generate(county, history, "2026-06-01", "2026-12-31"), "tank-cleaning");

        assertThat(tanks)
                .extracting(MaintenanceTask::target, MaintenanceTask::due, MaintenanceTask::earliest)
                .containsExactly(
                        Tuple.tuple("T1", d("2026-07-15"), d("2026-06-15")),
                        Tuple.tuple("T2", d("2026-09-10"), d("2026-08-11")));
        assertThat(tanks.get(0).source()).contains("建设部令第156号");
    }

    @Test
    void anOverdueFloatingTaskIsGeneratedWithItsOriginalDueDate() {
        County county =
                SmallCounty.with(List.of(asset("T1", AssetType.CISTERN, Optional.of(d("2024-01-15")))), List.of());
        List<Completion> history = List.of(new Completion("tank-cleaning", "T1", d("2025-01-10"), Optional.empty()));

        assertThat(ofPlan(generate(county, history, "2026-06-01", "2026-06-30"), "tank-cleaning"))
                .extracting(MaintenanceTask::due)
                .containsExactly(d("2025-07-10"));
    }

    @Test
    void aTaskFallingOnARestDayMovesToTheWorkingDayBeforeIt() {
        // Cleaned on 1 November 2025: due 1 May 2026, Labour Day, so done on Thursday 30 April.
        County county = SmallCounty.with(
                List.of(asset("T1", AssetType.CLEAR_WATER_TANK, Optional.of(d("2024-01-15")))), List.of());
        List<Completion> history = List.of(new Completion("tank-cleaning", "T1", d("2025-11-01"), Optional.empty()));

        MaintenanceTask t =
                generate(county, history, "2026-04-01", "2026-05-31").get(0);

        assertThat(t.id()).isEqualTo("PM:tank-cleaning:T1:2026-05-01");
        assertThat(t.due()).isEqualTo(d("2026-04-30"));
    }

    @Test
    void generatingTheSameOrAnOverlappingHorizonAgainCreatesNothingNew() {
        County county = SmallCounty.with(
                List.of(
                        asset("R1", AssetType.RESERVOIR_SOURCE, Optional.of(d("2026-01-01"))),
                        asset("T1", AssetType.CLEAR_WATER_TANK, Optional.of(d("2026-01-15"))),
                        asset("D1", AssetType.HYPOCHLORITE_DOSER, Optional.empty())),
                List.of(meter("M1", "H1", 15, d("2020-11-01"))));
        Set<String> have = new HashSet<>();
        List<MaintenanceTask> first =
                PLAN.generate(county, List.of(), List.of(), d("2026-09-01"), d("2026-10-31"), have);
        first.forEach(t -> have.add(t.id()));

        assertThat(first).isNotEmpty();
        assertThat(PLAN.generate(county, List.of(), List.of(), d("2026-09-01"), d("2026-10-31"), have))
                .isEmpty();
        List<MaintenanceTask> later =
                PLAN.generate(county, List.of(), List.of(), d("2026-10-01"), d("2026-11-30"), have);
        assertThat(later).isNotEmpty().allSatisfy(t -> assertThat(t.due()).isAfter(d("2026-10-29")));
        assertThat(first.stream().map(MaintenanceTask::id).collect(Collectors.toSet()))
                .doesNotContainAnyElementsOf(
                        later.stream().map(MaintenanceTask::id).toList());
    }

    @Test
    void plansApplyByTheWorksScaleClass() {
        // The small county's works supplies 300 m³/d: class IV, so dosing is checked weekly, not daily.
        County county = SmallCounty.with(
                List.of(asset("D1", AssetType.HYPOCHLORITE_DOSER, Optional.of(d("2026-01-05")))), List.of());

        List<MaintenanceTask> tasks = generate(county, List.of(), "2026-11-02", "2026-11-29");

        assertThat(tasks)
                .extracting(MaintenanceTask::plan)
                .containsOnly("dosing-check-weekly")
                .hasSize(4);
        assertThat(tasks.get(0).skills()).containsExactly(Skill.DISINFECTION);
    }

    @Test
    void householdMetersAreReplacedOrVerifiedByDiameterUnderJjg162() {
        County county = SmallCounty.with(
                List.of(),
                List.of(
                        meter("M15", "H1", 15, d("2020-11-01")),
                        meter("M40", "H2", 40, d("2022-05-01")),
                        meter("M80", "H3", 80, d("2024-12-20")),
                        meter("M20", "H4", 20, d("2021-01-05"))));

        List<MaintenanceTask> tasks = generate(county, List.of(), "2026-01-01", "2026-12-31");

        assertThat(tasks)
                .extracting(MaintenanceTask::target, MaintenanceTask::plan, MaintenanceTask::due)
                .containsExactly(
                        Tuple.tuple("M40", "meter-replacement-dn50", d("2026-04-30")),
                        Tuple.tuple("M15", "meter-replacement-dn25", d("2026-10-30")),
                        Tuple.tuple("M80", "meter-verification", d("2026-12-18")));
        assertThat(tasks.get(0).title()).isEqualTo("Replace water meter DN40 (last verified 2022-05-01)");
        assertThat(tasks.get(2).title()).startsWith("Verify water meter DN80");
        assertThat(tasks.get(0).village()).isEqualTo(SmallCounty.TANGTANG);
    }

    @Test
    void pumpsAreServicedByRunHoursWithTheDueDateForecastFromTheRecentRate() {
        County county =
                SmallCounty.with(List.of(asset("P1", AssetType.BOOSTER_PUMPING_STATION, Optional.empty())), List.of());
        AssetId p1 = AssetId.of("P1");
        List<RunHoursReading> readings = List.of(
                new RunHoursReading(p1, d("2026-07-01"), new BigDecimal("1950")),
                new RunHoursReading(p1, d("2026-06-01"), new BigDecimal("1800")));

        List<MaintenanceTask> tasks =
                PLAN.generate(county, List.of(), readings, d("2026-07-01"), d("2026-07-31"), Set.of());

        // 150 h in 30 days is 5 h a day: the 50 h left take 10 days. 1950 h is within the 100 h lead of 2000.
        assertThat(tasks).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("PM:pump-service:P1:h2000");
            assertThat(t.due()).isEqualTo(d("2026-07-11"));
            assertThat(t.title()).endsWith("(at 2000 run hours)");
        });
        assertThat(PLAN.generate(county, List.of(), readings.subList(1, 2), d("2026-07-01"), d("2026-07-31"), Set.of()))
                .isEmpty();
    }

    @Test
    void aFloatingRunHourPlanCountsFromTheCompletionAndAFixedOneFromTheThresholds() {
        County county = SmallCounty.with(
                List.of(asset("P1", AssetType.RAW_WATER_PUMPING_STATION, Optional.empty())), List.of());
        AssetId p1 = AssetId.of("P1");
        List<RunHoursReading> readings = List.of(
                new RunHoursReading(p1, d("2026-01-01"), new BigDecimal("3000")),
                new RunHoursReading(p1, d("2026-11-01"), new BigDecimal("4100")));
        List<Completion> done =
                List.of(new Completion("pump-service", "P1", d("2025-12-20"), Optional.of(new BigDecimal("2100"))));

        List<MaintenanceTask> floating =
                PLAN.generate(county, done, readings, d("2026-11-01"), d("2026-11-30"), Set.of());
        assertThat(floating).extracting(MaintenanceTask::id).containsExactly("PM:pump-service:P1:h4100");
        assertThat(floating.get(0).due()).isEqualTo(d("2026-11-01"));

        PlanTemplate pump = Catalogue.chinaRural().plans().stream()
                .filter(p -> p.id().equals("pump-service"))
                .findFirst()
                .orElseThrow();
        PlanTemplate fixedPump = new PlanTemplate(
                pump.id(),
                pump.title(),
                pump.assetTypes(),
                pump.scaleClasses(),
                pump.rrule(),
                pump.everyRunHours(),
                pump.leadRunHours(),
                Anchoring.FIXED,
                pump.season(),
                pump.onRestDay(),
                pump.windowDays(),
                pump.durationMinutes(),
                pump.skills(),
                pump.source(),
                pump.confidence());
        Catalogue c = Catalogue.chinaRural();
        RollingPlan fixed = RollingPlan.of(
                new Catalogue(c.id(), c.source(), c.floodSeason(), c.defaultAnchor(), List.of(fixedPump), List.of()),
                WorkCalendar.china());
        assertThat(fixed.generate(county, done, readings, d("2026-11-01"), d("2026-11-30"), Set.of()))
                .extracting(MaintenanceTask::id)
                .containsExactly("PM:pump-service:P1:h4000");
    }

    @Test
    void aHorizonTheWorkCalendarDoesNotCoverIsRefused() {
        County county = SmallCounty.with(List.of(), List.of());

        // Issue 16: WorkCalendar.china() answers 2027 provisionally now; a calendar of notices alone still
        // refuses it.
        RollingPlan noticesOnly =
                RollingPlan.of(Catalogue.chinaRural(), WorkCalendar.china().noticesOnly());
        assertThatThrownBy(() ->
                        noticesOnly.generate(county, List.of(), List.of(), d("2026-12-01"), d("2027-01-31"), Set.of()))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("2027");
        assertThatThrownBy(() -> generate(county, List.of(), "2026-12-01", "2026-11-01"))
                .hasMessageContaining("the horizon ends 2026-11-01, before it starts 2026-12-01");
    }

    @Test
    void theBundledCatalogueNamesASourceAndConfidenceForEveryPlan() {
        Catalogue c = Catalogue.chinaRural();

        assertThat(c.plans()).hasSize(11).allSatisfy(p -> assertThat(p.source()).isNotBlank());
        assertThat(c.meterRules()).extracting(MeterLifeRule::confidence).containsOnly("high");
        assertThat(c.plans())
                .filteredOn(p -> p.confidence().equals("low"))
                .allSatisfy(p -> assertThat(p.source()).containsAnyOf("no source", "no rural source"));
    }

    @Test
    void aCatalogueWithABadRuleIsRefusedWithTheLineOfTheRule(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalogue.json");
        String text = new String(
                        RollingPlanTest.class
                                .getResourceAsStream("/org/ruralwater/maintenance/plan/cn-rural-maintenance.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace("\"rrule\": \"FREQ=DAILY\"", "\"rrule\": \"FREQ=HOURLY;BYDAY=XX\"");
        Files.writeString(file, text);

        assertThatThrownBy(() -> Catalogue.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("catalogue.json:")
                .hasMessageContaining("plans[1].rrule")
                .hasMessageContaining("FREQ=HOURLY;BYDAY=XX");
    }
}
