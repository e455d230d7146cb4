package org.ruralwater.assurance.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.datafile.InvalidInputException;

class AssessmentSchemeTest {

    private static final AssessmentScheme COUNTY = AssessmentScheme.bundled("county-annual-example.json");
    private static final AssessmentScheme BEIBEI = AssessmentScheme.bundled("beibei-works-2022.json");

    private static Map<String, BigDecimal> values(String... pairs) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return m;
    }

    private static Assessee county(
            String id,
            String tap,
            String large,
            String quality,
            String collection,
            String repairs,
            String open,
            String unified,
            String overdue,
            String incidents) {
        return new Assessee(
                id,
                "county " + id,
                values(
                        "tap_water_coverage", tap,
                        "large_scale_share", large,
                        "water_quality_pass_rate", quality,
                        "collection_rate", collection,
                        "repair_timeliness", repairs,
                        "open_problems", open,
                        "county_wide_management", unified,
                        "overdue_problems", overdue,
                        "major_quality_incidents", incidents));
    }

    private static final Assessee BEST = county("A", "97.4", "71", "98", "92", "99.2", "0", "1", "0", "0");
    private static final Assessee HALFWAY = county("B", "92.5", "65.5", "94.25", "85", "98", "2", "0", "3", "0");
    private static final Assessee VETOED = county("C", "97.4", "71", "98", "92", "99.2", "0", "1", "0", "1");

    @Test
    void everyItemScoresByItsRuleAndSaysWhich() {
        Result r = COUNTY.score(HALFWAY);

        assertThat(r.item("tap_water").points()).isEqualByComparingTo("10.00");
        assertThat(r.item("tap_water").rule()).isEqualTo("linear from 88 (nothing) to 97 (all)");
        assertThat(r.item("large_scale").points()).isEqualByComparingTo("7.50");
        assertThat(r.item("water_quality").points()).isEqualByComparingTo("10.00");
        assertThat(r.item("collection").points()).isEqualByComparingTo("11.25");
        assertThat(r.item("collection").rule()).isEqualTo("band ≥ 80 earns 75%");
        assertThat(r.item("repairs").points()).isEqualByComparingTo("12.00");
        assertThat(r.item("open_problems").points()).isEqualByComparingTo("7.50");
        assertThat(r.item("county_wide_management").points()).isEqualByComparingTo("0.00");
        assertThat(r.item("overdue_problems").points()).isEqualByComparingTo("-6.00");
        assertThat(r.item("overdue_problems").source()).contains("ruralwater's");
        // 10 + 7.5 + 10 + 11.25 + 12 + 7.5 - 6
        assertThat(r.total()).isEqualByComparingTo("52.25");
        assertThat(r.grade()).contains("不合格");
        assertThat(r.failedKeyItems()).containsExactly("open_problems");
        assertThat(r.passed()).isEmpty();
    }

    @Test
    void bonusPointsGoAboveTheHundredAndValuesBeyondTheBoundsAreClamped() {
        Result r = COUNTY.score(BEST);

        assertThat(r.item("tap_water").points()).isEqualByComparingTo("20.00");
        assertThat(r.total()).isEqualByComparingTo("105.00");
        assertThat(r.grade()).contains("优秀");
        assertThat(r.failedKeyItems()).isEmpty();
        assertThat(r.vetoedBy()).isEmpty();
    }

    @Test
    void aFailedVetoItemGivesTheLowestGradeWhateverTheTotal() {
        Result r = COUNTY.score(VETOED);

        assertThat(r.total()).isEqualByComparingTo("105.00");
        assertThat(r.vetoedBy()).containsExactly("major_quality_incident");
        assertThat(r.grade()).contains("不合格");
        assertThat(r.item("major_quality_incident").rule()).endsWith("veto if ≤ 0 does not hold");
    }

    @Test
    void rankingPutsVetoedAssesseesLastAndEqualTotalsShareARank() {
        Assessee twin = county("D", "92.5", "65.5", "94.25", "85", "98", "2", "0", "3", "0");

        List<AssessmentScheme.Ranked> ranking = COUNTY.rank(List.of(VETOED, twin, HALFWAY, BEST));

        assertThat(ranking)
                .extracting(x -> x.result().assessee() + "#" + x.rank())
                .containsExactly("A#1", "B#2", "D#2", "C#4");
    }

    @Test
    void theBeibeiRulePassesAWorksWithAllKeyItemsAndThreeQuartersOfTheGeneralOnes() {
        Map<String, BigDecimal> good = values(
                "disinfection_running", "1",
                "self_testing_done", "1",
                "source_zone_delineated", "1",
                "patrol_log_kept", "1",
                "dosing_log_kept", "1",
                "tank_cleaned_within_6_months", "0",
                "emergency_plan_filed", "1");
        Map<String, BigDecimal> halfGeneral = new HashMap<>(good);
        halfGeneral.put("dosing_log_kept", BigDecimal.ZERO);
        Map<String, BigDecimal> keyFailed = new HashMap<>(good);
        keyFailed.put("disinfection_running", BigDecimal.ZERO);

        assertThat(BEIBEI.score(new Assessee("W1", "works 1", good)).passed()).contains(true);
        assertThat(BEIBEI.score(new Assessee("W2", "works 2", halfGeneral)).passed())
                .contains(false);
        Result failed = BEIBEI.score(new Assessee("W3", "works 3", keyFailed));
        assertThat(failed.passed()).contains(false);
        assertThat(failed.failedKeyItems()).containsExactly("disinfection");
        assertThat(failed.grade()).isEmpty();
    }

    @Test
    void anAssesseeMissingInputsIsRefusedWithEveryMissingCode() {
        Assessee partial = new Assessee("X", "county X", values("tap_water_coverage", "90"));

        assertThatThrownBy(() -> COUNTY.score(partial))
                .hasMessageContaining("assessee X has no value for [large_scale_share, water_quality_pass_rate,");
    }

    @Test
    void everyBundledItemNamesItsSourceAndConfidence() {
        for (AssessmentScheme s : List.of(COUNTY, BEIBEI)) {
            assertThat(s.items()).allSatisfy(i -> {
                assertThat(i.source()).isNotBlank();
                assertThat(i.confidence()).isIn("high", "medium", "low");
            });
        }
        assertThatThrownBy(() -> AssessmentScheme.bundled("nope.json")).hasMessageContaining("no bundled scheme");
    }

    @Test
    void inconsistentItemsAndGradeBandsAreRefused() {
        assertThatThrownBy(() -> new Item(
                        "x",
                        "x",
                        "b",
                        Role.KEY,
                        "k",
                        BigDecimal.TEN,
                        "pass",
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "s",
                        "low"))
                .hasMessageContaining("needs a pass condition");
        assertThatThrownBy(() -> new Item(
                        "x",
                        "x",
                        "b",
                        Role.GENERAL,
                        "k",
                        BigDecimal.TEN,
                        "linear",
                        List.of(),
                        Optional.of(BigDecimal.ONE),
                        Optional.of(BigDecimal.ONE),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "s",
                        "low"))
                .hasMessageContaining("different zero_at and full_at");
        assertThatThrownBy(() -> new Item(
                        "x",
                        "x",
                        "b",
                        Role.GENERAL,
                        "k",
                        BigDecimal.TEN,
                        "curve",
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "s",
                        "low"))
                .hasMessageContaining("method must be one of");
        assertThatThrownBy(() -> new Band(Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.ONE), BigDecimal.ONE))
                .hasMessageContaining("exactly one of at_least and at_most");
        assertThatThrownBy(() -> new AssessmentScheme(
                        "S",
                        "s",
                        "s",
                        "low",
                        COUNTY.items(),
                        List.of(new GradeBand(new BigDecimal("60"), "合格"), new GradeBand(new BigDecimal("90"), "优秀")),
                        Optional.empty()))
                .hasMessageContaining("grade bands go from the highest down");
    }

    @Test
    void inputsAreReadFromALongCsvAndAValueGivenTwiceIsAProblemWithItsLine(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("inputs.csv");
        Files.writeString(
                ok,
                "assessee,name,input,value\n539821,清源县,tap_water_coverage,96.5\n539822,"
                        + "石桥县,tap_water_coverage,91\n539821,清源县,collection_rate,88\n");
        Path twice = dir.resolve("twice.csv");
        Files.writeString(
                twice,
                "assessee,name,input,value\n539821,清源县,collection_rate,96.5\n539821,清源县," + "collection_rate,91\n");

        List<Assessee> read = KpiFile.read(ok);

        assertThat(read).extracting(Assessee::id).containsExactly("539821", "539822");
        assertThat(read.get(0).values()).containsEntry("collection_rate", new BigDecimal("88"));
        assertThatThrownBy(() -> KpiFile.read(twice))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("twice.csv:3:1: input")
                .hasMessageContaining("first on line 2");
    }
}
