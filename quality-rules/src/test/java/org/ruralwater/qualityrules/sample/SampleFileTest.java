package org.ruralwater.qualityrules.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

class SampleFileTest {

    private final Standard gb = Standards.bundled().get("GB5749-2022");

    private static Path file(String name) {
        try {
            return Path.of(SampleFileTest.class.getResource("/samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void groupsRowsIntoSamplesAndReadsEachKindOfResult() {
        List<Sample> samples = SampleFile.read(file("good.csv"), gb);
        assertThat(samples).extracting(Sample::id).containsExactly("S1", "S2");
        Sample s1 = samples.get(0);
        assertThat(s1.limited())
                .as("the file says S1's small supply is limited")
                .isTrue();
        assertThat(s1.disinfection()).isEqualTo(DisinfectionMethod.SODIUM_HYPOCHLORITE);
        assertThat(s1.determinations())
                .extracting(Determination::indicator)
                .containsExactly("turbidity", "free_chlorine", "total_coliforms", "ph", "arsenic");
        assertThat(s1.determination("arsenic").orElseThrow().result())
                .isEqualTo(new Result.BelowLimit(Optional.of(Quantity.of(BigDecimal.ONE, Unit.MICROGRAM_PER_LITRE))));
        assertThat(s1.determination("ph").orElseThrow().result())
                .isEqualTo(new Result.Measured(Quantity.of("7.2", Unit.ONE)));
        Sample s2 = samples.get(1);
        assertThat(s2.supply()).isEqualTo(SupplyKind.CENTRALIZED);
        assertThat(s2.limited()).isFalse();
        assertThat(s2.works()).isEmpty();
        assertThat(s2.determination("nitrate_n").orElseThrow().basis()).contains("NO3");
        assertThat(s2.determination("odour_taste").orElseThrow().result()).isEqualTo(new Result.Descriptive("无异臭、异味"));
    }

    /** GB 5749-2022 Table 1 note b relaxes only supply "因水源与净水技术受限": the file must say so. */
    @Test
    void smallSupplyIsNotLimitedUnlessTheFileSaysSo() {
        String csv = """
                sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit
                S1,W1,tap,2026-03-02 09:10,small_centralized,chlorine,浑浊度,2.5,NTU
                S2,W1,tap,2026-03-02 09:10,dispersed,none,浑浊度,2.5,NTU
                """;
        List<Sample> samples =
                SampleFile.read("samples.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), gb);

        assertThat(samples).extracting(Sample::limited).containsExactly(false, false);
        assertThat(samples.get(0).disinfection())
                .as("the old code chlorine is still read")
                .isEqualTo(DisinfectionMethod.CHLORINE);
    }

    @Test
    void readsEveryDisinfectionMethodOfNoteCByItsCode() {
        String header = "sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit\n";
        StringBuilder csv = new StringBuilder(header);
        for (DisinfectionMethod m : DisinfectionMethod.values()) {
            csv.append(m.code())
                    .append(",W1,tap,2026-03-02 09:10,centralized,")
                    .append(m.code())
                    .append(",pH,7,\n");
        }
        List<Sample> samples = SampleFile.read(
                "samples.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), gb);

        assertThat(samples).extracting(Sample::disinfection).containsExactly(DisinfectionMethod.values());
    }

    @Test
    void reportsEveryProblemWithItsLineAndANearbyName() {
        assertThatThrownBy(() -> SampleFile.read(file("bad.csv"), gb))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "bad.csv:9:7: point: expected one of source, outlet, network, tap, found \"kitchen\"",
                                        "bad.csv:9:15: sampled_at: expected a date and time as YYYY-MM-DDTHH:MM[:SS], found \"2026-03-02\""));
    }

    @Test
    void reportsProblemsThatNeedTheStandardOnceTheRowsParseAtTheirCells() {
        Path bad = file("bad.csv");
        List<String> lines;
        try {
            lines = Files.readAllLines(bad);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String withoutRowNine = String.join("\n", lines.subList(0, 8)) + "\n";
        assertThatThrownBy(() -> SampleFile.read(
                        "bad.csv", new ByteArrayInputStream(withoutRowNine.getBytes(StandardCharsets.UTF_8)), gb))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "bad.csv:2:55: indicator: expected an indicator of GB5749-2022 (a code, Chinese or English name or alias), found \"arsenik\". Maybe \"arsenic\"?",
                                        "bad.csv:3:7: point: expected the same point as line 2 of sample S1 (tap), found outlet",
                                        "bad.csv:4:55: indicator: expected each indicator once per sample, found turbidity again in sample S1 (first at line 3)",
                                        "bad.csv:5:65: unit: expected a unit lead can be reported in (mg/L), found \"NTU\"",
                                        "bad.csv:6:68: unit: expected a unit fluoride can be reported in (mg/L), found an empty unit",
                                        "bad.csv:7:68: unit: expected a basis nitrate_n is reported on (N or NO3), found as NO2",
                                        "bad.csv:8:62: value: expected a number, <number, >number, ND or a descriptive text, found \"1.x\""));
    }
}
