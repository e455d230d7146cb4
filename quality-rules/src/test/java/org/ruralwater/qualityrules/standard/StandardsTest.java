package org.ruralwater.qualityrules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.works.DisinfectionMethod;

class StandardsTest {

    private final Standard gb = Standards.bundled().get("GB5749-2022");

    @Test
    void gb5749HasAll97IndicatorsInItsThreeTables() {
        Map<String, Long> byTable =
                gb.indicators().stream().collect(Collectors.groupingBy(Indicator::table, Collectors.counting()));
        assertThat(gb.indicators()).hasSize(97);
        assertThat(byTable)
                .containsEntry("Table 1", 39L)
                .containsEntry("Table 2", 4L)
                .containsEntry("Table 3", 54L);
        assertThat(gb.effectiveFrom()).isEqualTo(LocalDate.of(2023, 4, 1));
    }

    @Test
    void everyIndicatorNamesItsSourceAndConfidence() {
        for (Indicator i : gb.indicators()) {
            assertThat(i.source()).as(i.code()).isNotBlank();
        }
        assertThat(gb.indicators().stream().filter(i -> i.confidence() == Confidence.MEDIUM))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.table()).isEqualTo("Table 3"));
    }

    @Test
    void onlyTheFourIndicatorsOfNoteBAreRelaxed() {
        assertThat(gb.indicators().stream()
                        .filter(i -> i.relaxedMax().isPresent())
                        .collect(Collectors.toMap(
                                Indicator::code, i -> i.relaxedMax().orElseThrow())))
                .containsOnly(
                        Map.entry("heterotrophic_plate_count", new BigDecimal("500")),
                        Map.entry("fluoride", new BigDecimal("1.2")),
                        Map.entry("nitrate_n", new BigDecimal("20")),
                        Map.entry("turbidity", new BigDecimal("3")));
    }

    @Test
    void recognisesIndicatorsByCodeChineseNameEnglishNameAndAlias() {
        assertThat(gb.find("arsenic")).map(Indicator::code).contains("arsenic");
        assertThat(gb.find("砷")).map(Indicator::code).contains("arsenic");
        assertThat(gb.find("浊度")).map(Indicator::code).contains("turbidity");
        assertThat(gb.find("硝酸盐(以N计)")).map(Indicator::code).contains("nitrate_n");
        assertThat(gb.find("硝酸盐（以N计）")).map(Indicator::code).contains("nitrate_n");
        assertThat(gb.find("E. coli")).map(Indicator::code).contains("e_coli");
        assertThat(gb.find("Nitrate (as N)")).map(Indicator::code).contains("nitrate_n");
        assertThat(gb.find("耗氧量")).map(Indicator::code).contains("permanganate_index");
        assertThat(gb.find("浑浊度")).map(Indicator::code).contains("turbidity");
        assertThat(gb.find("色度")).map(Indicator::code).contains("color");
        assertThat(gb.find("unobtainium")).isEmpty();
    }

    @Test
    void theDisinfectionByProductsFollowTheMethod() {
        assertThat(gb.byProducts(DisinfectionMethod.OZONE).orElseThrow().require())
                .containsExactly("bromate");
        assertThat(gb.byProducts(DisinfectionMethod.CHLORINE_DIOXIDE)
                        .orElseThrow()
                        .require())
                .containsExactly("chlorite");
        assertThat(gb.byProducts(DisinfectionMethod.CHLORINE).orElseThrow().require())
                .contains("chloroform", "dichloroacetic_acid", "trichloroacetic_acid");
        assertThat(gb.byProducts(DisinfectionMethod.UV)).isEmpty();
    }

    @Test
    void choosesTheStandardInForceOnTheSampleDate() {
        assertThat(Standards.bundled().inForce("CN", LocalDate.of(2026, 3, 1)))
                .map(Standard::id)
                .contains("GB5749-2022");
        assertThat(Standards.bundled().inForce("CN", LocalDate.of(2023, 3, 31)))
                .map(Standard::id)
                .contains("GB5749-2006");
    }

    @Test
    void anAgencyTightensALimitWithAFileBasedOnTheNationalStandard(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("yn.json");
        Files.writeString(file, """
                {"id": "GB5749-2022+YN-F", "title": "stricter fluoride for a test province", "jurisdiction": "CN",
                 "effective_from": "2024-01-01", "based_on": "GB5749-2022", "source": "a provincial notice (test)",
                 "indicators": [
                  {"code": "fluoride", "name_zh": "氟化物", "name_en": "Fluoride", "aliases": [], "table": "Table 1",
                   "row": "10", "category": "toxicological", "units": ["mg/L"], "kind": "max", "max": 0.8,
                   "max_exclusive": false, "guidance": false, "confidence": "high", "source": "test notice"}]}
                """);
        Standards extended = Standards.bundled().with(List.of(file));
        Standard yn = extended.get("GB5749-2022+YN-F");
        assertThat(yn.indicators()).hasSize(97);
        assertThat(yn.indicator("fluoride").orElseThrow().max()).contains(new BigDecimal("0.8"));
        assertThat(yn.indicator("fluoride").orElseThrow().relaxedMax()).isEmpty();
        assertThat(yn.indicator("arsenic")).isEqualTo(gb.indicator("arsenic"));
        assertThat(yn.byProducts(DisinfectionMethod.OZONE)).isPresent();
        assertThat(extended.inForce("CN", LocalDate.of(2026, 3, 1))).contains(yn);
    }

    @Test
    void aBadStandardFileReportsEveryProblemAtOnce(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"id": "X", "title": "bad", "jurisdiction": "CN", "effective_from": "2024-13-01", "source": "s",
                 "indicators": [
                  {"code": "Arsenic!", "name_zh": "砷", "name_en": "Arsenic", "aliases": [], "table": "Table 1", "row": "4",
                   "category": "toxic", "units": ["mg/m"], "kind": "max", "max_exclusive": false, "guidance": false,
                   "confidence": "high", "source": "s"}]}
                """);
        assertThatThrownBy(() -> Standards.bundled().with(List.of(file)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field())
                                .containsExactly("effective_from", "indicators[0].category", "indicators[0].units[0]"));
    }

    @Test
    void aChangeToAnUnknownBaseSuggestsTheNearestId(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.json");
        Files.writeString(file, """
                {"id": "X", "title": "x", "jurisdiction": "CN", "effective_from": "2024-01-01", "based_on": "GB5749-2021",
                 "source": "s", "indicators": []}
                """);
        assertThatThrownBy(() -> Standards.bundled().with(List.of(file)))
                .hasMessageContaining(
                        "x.json:1:1: based_on: expected a standard loaded before this one, found \"GB5749-2021\". Maybe \"GB5749-2022\"?");
    }

    @Test
    void anUnknownIdSuggestsTheNearest() {
        assertThatThrownBy(() -> Standards.bundled().get("GB5749-2O22")).hasMessageContaining("Maybe \"GB5749-2022\"?");
    }
}
