package org.ruralwater.qualityrules.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

/**
 * Issue 14, the input contract of the sample file: no impossible value is judged, and every problem is
 * reported at its true place, the line and column of its cell.
 */
class SampleFileInputContractTest {

    private static final String HEAD = "sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit\n";
    private static final String ROW = ",W1,tap,2026-03-02 09:10,centralized,none,";

    private final Standard gb = Standards.bundled().get("GB5749-2022");

    private List<Sample> read(String csv) {
        return SampleFile.read("samples.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), gb);
    }

    private List<String> problems(String csv) {
        try {
            read(csv);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("no problems in\n" + csv);
    }

    @Test
    void aFileWithoutItsSampledAtColumnIsRefusedAtItsHeader() {
        String csv = "sample_id,works_id,point,supply,disinfection,indicator,value,unit\n"
                + "S1,W1,tap,centralized,none,turbidity,0.5,NTU\n";

        assertThat(problems(csv))
                .containsExactly(
                        "samples.csv:1:1: sampled_at: expected a column named sampled_at, found no such column in the header");
    }

    @Test
    void aSampleWithoutItsDateIsRefusedAtTheEmptyCell() {
        assertThat(problems(HEAD + "S1,W1,tap,,centralized,none,turbidity,0.5,NTU\n"))
                .singleElement()
                .asString()
                .startsWith("samples.csv:2:11: sampled_at: expected a date and time");
    }

    @Test
    void aSampleIdOfFiveThousandCharactersIsRefusedAtOnceAndShownShortened() {
        String id = "S".repeat(5000);

        assertThat(problems(HEAD + id + ROW + "turbidity,0.5,NTU\n" + id + ROW + "ph,7,\n"))
                .containsExactly(
                        "samples.csv:2:1: sample_id: expected a sample id of 1 to 64 letters, digits, '-', '_' and"
                                + " '.', found \"" + "S".repeat(57) + "…\" of 5000 characters",
                        "samples.csv:3:1: sample_id: expected a sample id of 1 to 64 letters, digits, '-', '_' and"
                                + " '.', found \"" + "S".repeat(57) + "…\" of 5000 characters");
    }

    @Test
    void aSampleIdOfSixtyFourCharactersIsRead() {
        String id = "S".repeat(64);

        assertThat(read(HEAD + id + ROW + "turbidity,0.5,NTU\n"))
                .extracting(Sample::id)
                .containsExactly(id);
        assertThat(problems(HEAD + "S 1" + ROW + "turbidity,0.5,NTU\n"))
                .singleElement()
                .asString()
                .endsWith("found \"S 1\"");
    }

    @Test
    void everyImpossibleResultOfTheFileIsReportedAtOnceAtItsCell() {
        String csv = HEAD
                + "S1" + ROW + "turbidity,-1,NTU\n"
                + "S1" + ROW + "free_chlorine,-5,mg/L\n"
                + "S1" + ROW + "pH,NaN,\n"
                + "S1" + ROW + "fluoride,abc,mg/L\n"
                + "S1" + ROW + "arsenic,Infinity,µg/L\n";

        assertThat(problems(csv))
                .containsExactly(
                        "samples.csv:2:55: value: expected a turbidity from 0 to 10000 NTU, found \"-1\"",
                        "samples.csv:3:59: value: expected a concentration from 0 to 1000000 mg/L, found \"-5\"",
                        "samples.csv:4:48: value: expected a finite number, <number, >number, ND or a descriptive text"
                                + " (not NaN or infinity), found \"NaN\"",
                        "samples.csv:5:54: value: expected a number, <number, >number or ND (fluoride is judged by its"
                                + " value, not by a text), found \"abc\"",
                        "samples.csv:6:53: value: expected a finite number, <number, >number, ND or a descriptive text"
                                + " (not NaN or infinity), found \"Infinity\"");
    }

    @Test
    void anEmptyUnitIsRefusedForADimensionedIndicatorButNotForPh() {
        assertThat(problems(HEAD + "S1" + ROW + "fluoride,0.5,\n" + "S1" + ROW + "ph,7.1,\n"))
                .containsExactly(
                        "samples.csv:2:58: unit: expected a unit fluoride can be reported in (mg/L), found an empty"
                                + " unit");
    }

    /**
     * Columns count as core's reader counts them: from the start of the cell's own line, after a byte-order
     * mark, comments and a quoted cell that spans lines; a quoted cell starts at its quote.
     */
    @Test
    void aProblemAfterAQuotedCellOverTwoLinesIsAtTheLineAndColumnOfItsCell() {
        String csv = "\uFEFF# samples of March\r\n"
                + "sample_id,laboratory,point,sampled_at,supply,disinfection,indicator,value,unit\r\n"
                + "S1,\"County CDC,\r\nwater lab\",tap,2026-03-02 09:10,centralized,none,turbidity,\"-1\",NTU\r\n"
                + "S2,lab,tap,2026-03-02 09:10,centralized,none,turbidity,0.5,mg/L\r\n";

        assertThat(problems(csv))
                .containsExactly(
                        "samples.csv:4:60: value: expected a turbidity from 0 to 10000 NTU, found \"-1\"",
                        "samples.csv:5:60: unit: expected a unit turbidity can be reported in (NTU), found \"mg/L\"");
    }

    @Test
    void aProblemWithAColumnTheFileDoesNotHaveIsShownAtItsLine() {
        CellPositions cells = new CellPositions(() -> HEAD.getBytes(StandardCharsets.UTF_8));

        assertThat(cells.cell(2, "detection_limit")).isEqualTo(new CellPositions.Cell(2, 0));
        assertThat(cells.cell(1, "value")).isEqualTo(new CellPositions.Cell(1, 67));
    }

    @Test
    void aFileWhoseReaderFindsNoProblemIsReadOnce() {
        int[] reads = {0};
        CellPositions cells = new CellPositions(() -> {
            reads[0]++;
            return HEAD.getBytes(StandardCharsets.UTF_8);
        });

        assertThat(reads[0]).as("nothing is decoded before a problem asks").isZero();
        cells.cell(1, "unit");
        cells.cell(1, "value");
        assertThat(reads[0]).isEqualTo(1);
    }

    @Test
    void aStandardsUnitThatNoResultIsMeasuredInIsRefusedAtTheUnit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("odd.json");
        Files.writeString(file, """
                {"id": "GB5749-2022+ODD", "title": "an agency row in a unit of flow", "jurisdiction": "CN",
                 "effective_from": "2024-01-01", "based_on": "GB5749-2022", "source": "test",
                 "indicators": [
                  {"code": "yield", "name_zh": "出水量", "name_en": "Yield", "aliases": [], "table": "Local",
                   "row": "1", "category": "sensory_general_chemical", "units": ["m³/d"], "kind": "max", "max": 100,
                   "max_exclusive": false, "guidance": false, "confidence": "low", "source": "test"}]}
                """);
        Standard odd = Standards.bundled().with(List.of(file)).get("GB5749-2022+ODD");
        String csv = HEAD + "S1" + ROW + "yield,5,m3/d\n";

        assertThatThrownBy(() -> SampleFile.read(
                        "samples.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), odd))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly("samples.csv:2:53: unit: expected a unit of a water-quality result"
                                        + " (m³/d is not one), found \"m3/d\""));
    }

    @Test
    void aResultRefusedInCodeNamesTheIndicatorAndTheRange() {
        assertThatThrownBy(() -> Determination.of(
                        "ph", Result.parse("14.01", org.ruralwater.core.quantity.Unit.ONE, java.util.Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a result of ph must be a pH from 0 to 14, but is 14.01");
    }
}
