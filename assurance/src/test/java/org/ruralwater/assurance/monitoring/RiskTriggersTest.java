package org.ruralwater.assurance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.assurance.safewater.Assessment;
import org.ruralwater.assurance.safewater.Observation;
import org.ruralwater.assurance.safewater.SafeWaterRules;
import org.ruralwater.assurance.safewater.SupplyCategory;
import org.ruralwater.assurance.safewater.WaterZone;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.quality.QualityEvidence;
import org.ruralwater.core.region.RegionCode;

class RiskTriggersTest {

    private static final RegionCode VILLAGE = RegionCode.parse("539821101201");
    private static final RiskTriggers MWR = RiskTriggers.mwr2023();

    private static Signal signal(String subject, SignalKind kind, String at, String value) {
        return new Signal(
                subject,
                VILLAGE,
                kind,
                LocalDateTime.parse(at),
                Optional.ofNullable(value).map(BigDecimal::new),
                "self-report",
                "");
    }

    /** A household screened at 10 L a person a day: quantity not met. */
    private static Assessment thirsty() {
        return SafeWaterRules.bundled()
                .evaluate(
                        "T/CHES 18-2018",
                        new Observation(
                                "H5",
                                VILLAGE,
                                3,
                                WaterZone.WATER_RICH,
                                Optional.of(new BigDecimal("10")),
                                SupplyCategory.DISPERSED,
                                QualityEvidence.SENSORY_CHECK_PASSED,
                                Connection.NONE,
                                false,
                                Optional.of(new BigDecimal("15")),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(0)));
    }

    private static final List<MonitoredHousehold> MONITORED = List.of(
            new MonitoredHousehold(
                    HouseholdId.of("H1"),
                    VILLAGE,
                    MonitoringGroup.EDGE_AT_RISK,
                    LocalDate.of(2026, 3, 1),
                    Optional.empty()),
            new MonitoredHousehold(
                    HouseholdId.of("H4"),
                    VILLAGE,
                    MonitoringGroup.SUDDEN_HARDSHIP,
                    LocalDate.of(2025, 3, 1),
                    Optional.of(LocalDate.of(2025, 12, 31))));

    private static List<Signal> signals() {
        List<Signal> s = new ArrayList<>();
        s.add(signal("H1", SignalKind.INTERRUPTION, "2026-11-20T07:00", "36"));
        s.add(signal("H2", SignalKind.INTERRUPTION, "2026-11-01T07:00", "4"));
        s.add(signal("H2", SignalKind.INTERRUPTION, "2026-11-10T07:00", "5"));
        s.add(signal("H2", SignalKind.INTERRUPTION, "2026-11-25T07:00", "3"));
        s.add(signal("H3", SignalKind.INTERRUPTION, "2026-11-02T07:00", "4"));
        s.add(signal("H3", SignalKind.INTERRUPTION, "2026-11-03T07:00", "4"));
        s.add(signal("H4", SignalKind.BUYING_WATER, "2026-11-15T10:00", null));
        s.add(signal("H6", SignalKind.INTERRUPTION, "2026-11-29T07:00", "48"));
        s.addAll(Signal.fromScreening(thirsty(), LocalDateTime.parse("2026-11-05T09:00")));
        return s;
    }

    @Test
    void signalsRaiseTheRisksTheirTriggersNameMonitoredHouseholdsFirst() {
        List<Risk> risks = MWR.detect(signals(), MONITORED, LocalDate.of(2026, 11, 28));

        assertThat(risks)
                .extracting(Risk::subject, Risk::trigger, Risk::monitoredHousehold)
                .containsExactly(
                        tuple("H1", "no-water", true),
                        tuple("H2", "frequent-interruption", false),
                        tuple("H5", "failed-indicator", false),
                        tuple("H4", "buying-water", false));
        // H1's single interruption does not make three; only H2 has three in the 30 days.
    }

    @Test
    void aFrequencyTriggerCountsOnlyTheSignalsInItsWindow() {
        List<Risk> dec5 = MWR.detect(signals(), MONITORED, LocalDate.of(2026, 12, 5));

        assertThat(dec5).extracting(Risk::subject, Risk::trigger).doesNotContain(tuple("H2", "frequent-interruption"));
        assertThat(dec5).extracting(Risk::subject, Risk::trigger).contains(tuple("H6", "no-water"));
        Risk h2 = MWR.detect(signals(), MONITORED, LocalDate.of(2026, 11, 28)).get(1);
        assertThat(h2.detail()).isEqualTo("3 interruption signals in the 30 days to 2026-11-28 (3 make a problem)");
        assertThat(h2.since()).isEqualTo(LocalDateTime.parse("2026-11-01T07:00"));
    }

    @Test
    void openingRisksTwiceOrWhileTheirTicketsAreOpenAddsNoTicket() {
        List<Risk> risks = MWR.detect(signals(), MONITORED, LocalDate.of(2026, 11, 28));
        DeadlineRules rules = new DeadlineRules(
                "TEST",
                "test",
                List.of(
                        new DeadlineRules.Rule(RectificationClass.ON_THE_SPOT, Optional.empty(), Optional.of(3)),
                        new DeadlineRules.Rule(RectificationClass.STAGED, Optional.empty(), Optional.of(30)),
                        new DeadlineRules.Rule(RectificationClass.CONTINUING, Optional.empty(), Optional.of(365))));
        LocalDateTime at = LocalDateTime.parse("2026-11-28T09:00");

        ProblemLedger once = new ProblemLedger(List.of()).opening(risks, rules, at, "county");
        ProblemLedger twice = once.opening(risks, rules, at, "county");
        ProblemLedger later = once.opening(risks, rules, at.plusDays(1), "county");

        assertThat(once.tickets()).hasSize(4);
        assertThat(twice.tickets()).isEqualTo(once.tickets());
        assertThat(later.tickets()).isEqualTo(once.tickets());
        Ticket noWater = once.tickets().get(0);
        assertThat(noWater.id()).isEqualTo("no_water_in_pipes:H1:2026-11-28");
        assertThat(noWater.deadline()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(noWater.history().get(0).note()).endsWith("(trigger no-water, monitored household)");
    }

    @Test
    void everyBundledTriggerNamesItsSourceAndThresholdsWithoutOneSaySo() {
        assertThat(MWR.triggers())
                .hasSize(10)
                .allSatisfy(t -> assertThat(t.source()).isNotBlank());
        assertThat(MWR.triggers())
                .filteredOn(t -> t.confidence().equals("low"))
                .allSatisfy(t -> assertThat(t.source()).contains("no published one was found"));
    }

    @Test
    void inconsistentTriggersAndMonitoringSpansAreRefused() {
        assertThatThrownBy(() -> new Trigger(
                        "x",
                        ProblemType.DROUGHT,
                        SignalKind.DROUGHT,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(2),
                        Optional.empty(),
                        RectificationClass.STAGED,
                        "s",
                        "low"))
                .hasMessageContaining("count and within_days together or neither");
        assertThatThrownBy(() -> new MonitoredHousehold(
                        HouseholdId.of("H1"),
                        VILLAGE,
                        MonitoringGroup.EDGE_AT_RISK,
                        LocalDate.of(2026, 3, 1),
                        Optional.of(LocalDate.of(2026, 2, 1))))
                .hasMessageContaining("left monitoring on 2026-02-01, before it entered on 2026-03-01");
        assertThat(MONITORED.get(1).monitoredOn(LocalDate.of(2026, 11, 28))).isFalse();
    }
}
