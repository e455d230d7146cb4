package org.ruralwater.assurance.safewater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.quality.QualityEvidence;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;

class SafeWaterRulesTest {

    private static final String TCHES = "T/CHES 18-2018";
    private final SafeWaterRules rules = SafeWaterRules.bundled();

    /** A tap at home, 70 L a day, tested to the full limits, 5 shortfall days: safe. */
    private static Observation safe(String id, String village) {
        return new Observation(
                id,
                RegionCode.parse(village),
                4,
                WaterZone.WATER_RICH,
                Optional.of(new BigDecimal("70")),
                SupplyCategory.LARGE_SCALE,
                QualityEvidence.MEETS_FULL_LIMITS,
                Connection.IN_HOUSE_TAP,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(5));
    }

    private static Observation with(
            Observation o,
            BigDecimal litres,
            SupplyCategory supply,
            QualityEvidence q,
            Connection c,
            Optional<BigDecimal> minutes,
            Optional<Integer> days) {
        return new Observation(
                o.id(),
                o.village(),
                o.people(),
                o.zone(),
                Optional.ofNullable(litres),
                supply,
                q,
                c,
                false,
                minutes,
                Optional.empty(),
                Optional.empty(),
                days);
    }

    @Test
    void allFourMetIsSafe() {
        Assessment a = rules.evaluate(TCHES, safe("H1", "539821101201"));
        assertThat(a.verdict()).isEqualTo(SafetyVerdict.SAFE);
        assertThat(a.passesPovertyCheck()).isTrue();
        assertThat(a.reasons()).anySatisfy(r -> assertThat(r).startsWith("quantity: 70 L/(person·d) ≥ 60"));
    }

    @Test
    void anyIndicatorOnlyBasicallyMetIsBasicallySafeAndStillPassesThePovertyCheck() {
        Observation o = with(
                safe("H1", "539821101201"),
                new BigDecimal("40"),
                SupplyCategory.DISPERSED,
                QualityEvidence.SENSORY_CHECK_PASSED,
                Connection.NONE,
                Optional.of(new BigDecimal("15")),
                Optional.of(30));
        Assessment a = rules.evaluate(TCHES, o);
        assertThat(List.of(a.quantity(), a.quality(), a.convenience(), a.reliability()))
                .containsOnly(Grade.BASICALLY_MET);
        assertThat(a.verdict()).isEqualTo(SafetyVerdict.BASICALLY_SAFE);
        assertThat(a.passesPovertyCheck()).isTrue();
    }

    @Test
    void anyIndicatorBelowBasicIsUnsafeAndNamed() {
        Observation o = with(
                safe("H1", "539821101201"),
                new BigDecimal("30"),
                SupplyCategory.SMALL_CENTRALIZED,
                QualityEvidence.FAILS_LIMITS,
                Connection.NONE,
                Optional.of(new BigDecimal("25")),
                Optional.of(40));
        Assessment a = rules.evaluate(TCHES, o);
        assertThat(a.verdict()).isEqualTo(SafetyVerdict.UNSAFE);
        assertThat(a.passesPovertyCheck()).isFalse();
        assertThat(a.failing()).containsExactly("quantity", "quality", "convenience", "reliability");
    }

    @Test
    void boundariesBelongToTheBetterGrade() {
        Observation o = with(
                safe("H1", "539821101201"),
                new BigDecimal("60"),
                SupplyCategory.LARGE_SCALE,
                QualityEvidence.MEETS_FULL_LIMITS,
                Connection.PUBLIC_STANDPIPE,
                Optional.of(new BigDecimal("10")),
                Optional.of(18));
        Assessment a = rules.evaluate(TCHES, o);
        assertThat(List.of(a.quantity(), a.convenience(), a.reliability())).containsOnly(Grade.MET);
        Observation over = with(
                o,
                new BigDecimal("59.9"),
                SupplyCategory.LARGE_SCALE,
                QualityEvidence.MEETS_FULL_LIMITS,
                Connection.PUBLIC_STANDPIPE,
                Optional.of(new BigDecimal("10.5")),
                Optional.of(19));
        Assessment b = rules.evaluate(TCHES, over);
        assertThat(List.of(b.quantity(), b.convenience(), b.reliability())).containsOnly(Grade.BASICALLY_MET);
    }

    @Test
    void aLargeScaleWorksMustMeetTheFullLimits() {
        Observation relaxedOnly = with(
                safe("H1", "539821101201"),
                new BigDecimal("70"),
                SupplyCategory.LARGE_SCALE,
                QualityEvidence.MEETS_RELAXED_LIMITS,
                Connection.IN_HOUSE_TAP,
                Optional.empty(),
                Optional.of(5));
        assertThat(rules.evaluate(TCHES, relaxedOnly).quality()).isEqualTo(Grade.NOT_MET);
        Observation small = with(
                relaxedOnly,
                new BigDecimal("70"),
                SupplyCategory.SMALL_CENTRALIZED,
                QualityEvidence.MEETS_RELAXED_LIMITS,
                Connection.IN_HOUSE_TAP,
                Optional.empty(),
                Optional.of(5));
        assertThat(rules.evaluate(TCHES, small).quality()).isEqualTo(Grade.MET);
    }

    @Test
    void aZoneWithoutAMetFloorInItsFileGradesQuantityAtBestBasicallyMet(@TempDir Path dir) throws IOException {
        // An agency file may still leave a zone's 达标 floor out: then 基本达标 is the best quantity grade.
        Path f = dir.resolve("no-met-floor.json");
        Files.writeString(f, """
                {"id": "NO-MET-FLOOR", "title": "t", "jurisdiction": "CN", "based_on": "T/CHES 18-2018", "source": "s",
                 "quantity": [
                  {"zone": "water_rich", "met": 60, "basically_met": 35, "confidence": "medium", "source": "s"},
                  {"zone": "water_deficient", "basically_met": 20, "confidence": "medium", "source": "s"}
                 ]}
                """);
        Observation dry = new Observation(
                "H1",
                RegionCode.parse("539821101201"),
                3,
                WaterZone.WATER_DEFICIENT,
                Optional.of(new BigDecimal("80")),
                SupplyCategory.LARGE_SCALE,
                QualityEvidence.MEETS_FULL_LIMITS,
                Connection.YARD_TAP,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(0));
        Assessment a = rules.with(List.of(f)).evaluate("NO-MET-FLOOR", dry);
        assertThat(a.quantity()).isEqualTo(Grade.BASICALLY_MET);
        assertThat(a.reasons()).anySatisfy(r -> assertThat(r).contains("gives no 达标 floor"));
    }

    @Test
    void missingDataIsIncompleteNotSafe() {
        Observation o = with(
                safe("H1", "539821101201"),
                null,
                SupplyCategory.LARGE_SCALE,
                QualityEvidence.NO_EVIDENCE,
                Connection.IN_HOUSE_TAP,
                Optional.empty(),
                Optional.empty());
        Assessment a = rules.evaluate(TCHES, o);
        assertThat(a.verdict()).isEqualTo(SafetyVerdict.INCOMPLETE);
        assertThat(a.passesPovertyCheck()).isFalse();
    }

    @Test
    void henanRaisesTheBasicQuantityFloorAndKeepsTheRest() {
        Observation o = with(
                safe("H1", "539821101201"),
                new BigDecimal("38"),
                SupplyCategory.LARGE_SCALE,
                QualityEvidence.MEETS_FULL_LIMITS,
                Connection.IN_HOUSE_TAP,
                Optional.empty(),
                Optional.of(5));
        assertThat(rules.evaluate(TCHES, o).quantity()).isEqualTo(Grade.BASICALLY_MET);
        Assessment henan = rules.evaluate("HENAN-2020", o);
        assertThat(henan.quantity()).isEqualTo(Grade.NOT_MET);
        assertThat(henan.convenience()).isEqualTo(Grade.MET);
        assertThat(henan.ruleSet()).isEqualTo("HENAN-2020");
    }

    @Test
    void anAgencyAddsItsOwnVariantAndBadFilesAreRefusedWithEveryProblem(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("gz.json");
        Files.writeString(ok, """
                {"id": "GUIZHOU-2021", "title": "t", "jurisdiction": "CN-52", "based_on": "T/CHES 18-2018", "source": "test",
                 "convenience": {"met": {"round_trip_minutes": 10, "horizontal_metres": 1000, "vertical_metres": 100},
                  "basically_met": {"round_trip_minutes": 20, "horizontal_metres": 1000, "vertical_metres": 100},
                  "declined_connection_meets": true, "confidence": "medium", "source": "[GZ-2021]"}}
                """);
        SafeWaterRules withGz = rules.with(List.of(ok));
        assertThat(withGz.ids()).contains("GUIZHOU-2021");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"id": "X", "title": "t", "jurisdiction": "CN", "based_on": "T/CHES 18-2019", "source": "s",
                 "reliability": {"met_max_shortfall_days": "eighteen", "basically_met_max_shortfall_days": 36, "inclusive": true,
                  "confidence": "low", "source": "s"}}
                """);
        assertThatThrownBy(() -> rules.with(List.of(bad)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reliability.met_max_shortfall_days");
        Files.writeString(bad, """
                {"id": "X", "title": "t", "jurisdiction": "CN", "based_on": "T/CHES 18-2019", "source": "s"}
                """);
        assertThatThrownBy(() -> rules.with(List.of(bad))).hasMessageContaining("Maybe \"T/CHES 18-2018\"?");
    }

    @Test
    void screeningCountsHouseholdsAndPeopleByVerdictAndFailingIndicator() {
        Observation unsafe = with(
                safe("H2", "539821101202"),
                new BigDecimal("30"),
                SupplyCategory.LARGE_SCALE,
                QualityEvidence.MEETS_FULL_LIMITS,
                Connection.IN_HOUSE_TAP,
                Optional.empty(),
                Optional.of(5));
        List<Assessment> all = List.of(
                rules.evaluate(TCHES, safe("H1", "539821101201")),
                rules.evaluate(TCHES, unsafe),
                rules.evaluate(TCHES, safe("H3", "539821102201")));
        List<Screening.Row> townships = Screening.rollUp(all, RegionLevel.TOWNSHIP);
        assertThat(townships).extracting(r -> r.region().value()).containsExactly("539821101000", "539821102000");
        Screening.Row first = townships.get(0);
        assertThat(first.households()).containsEntry(SafetyVerdict.SAFE, 1L).containsEntry(SafetyVerdict.UNSAFE, 1L);
        assertThat(first.people()).containsEntry(SafetyVerdict.UNSAFE, 4L);
        assertThat(first.peopleFailing()).containsExactly(Map.entry("quantity", 4L));
        assertThat(Screening.rollUp(all, RegionLevel.COUNTY))
                .singleElement()
                .satisfies(r -> assertThat(r.people()).containsEntry(SafetyVerdict.SAFE, 8L));
    }

    @Test
    void eachIndicatorBelowBasicIsNamedOnItsOwn() {
        BigDecimal enough = new BigDecimal("70");
        QualityEvidence good = QualityEvidence.MEETS_FULL_LIMITS;
        Connection tap = Connection.IN_HOUSE_TAP;
        Optional<BigDecimal> noTrip = Optional.empty();
        assertThat(failing(new BigDecimal("30"), good, tap, noTrip, 5)).containsExactly("quantity");
        assertThat(failing(enough, QualityEvidence.FAILS_LIMITS, tap, noTrip, 5))
                .containsExactly("quality");
        assertThat(failing(enough, good, Connection.NONE, Optional.of(new BigDecimal("25")), 5))
                .containsExactly("convenience");
        assertThat(failing(enough, good, tap, noTrip, 40)).containsExactly("reliability");
    }

    private List<String> failing(
            BigDecimal litres, QualityEvidence q, Connection c, Optional<BigDecimal> minutes, int shortfallDays) {
        Observation o = with(
                safe("H1", "539821101201"),
                litres,
                SupplyCategory.LARGE_SCALE,
                q,
                c,
                minutes,
                Optional.of(shortfallDays));
        return rules.evaluate(TCHES, o).failing();
    }

    @Test
    void assessingTheSameHouseholdTwiceGivesEqualAssessmentsAndDifferentOnesDiffer() {
        Assessment a = rules.evaluate(TCHES, safe("H1", "539821101201"));
        Assessment again = rules.evaluate(TCHES, safe("H1", "539821101201"));
        Assessment other = rules.evaluate(TCHES, safe("H2", "539821101201"));
        assertThat(a).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(other);
        assertThat(a.reasons()).isEqualTo(again.reasons()).hasSize(4);
        assertThat(a.toString()).startsWith("Assessment[H1 SAFE: quantity MET").endsWith("under " + TCHES + "]");
        assertThat(a.ruleSet()).isEqualTo(TCHES);
        assertThat(a.people()).isEqualTo(4);
    }

    @Test
    void screeningByALevelTheVillageLacksNamesTheHousehold() {
        // 五指山市 (469001) sits directly under Hainan province: its villages lie in no prefecture.
        List<Assessment> one = List.of(rules.evaluate(TCHES, safe("H1", "469001101201")));
        assertThatThrownBy(() -> Screening.rollUp(one, RegionLevel.PREFECTURE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("village 469001101201 of H1 lies in no PREFECTURE region");
    }
}
