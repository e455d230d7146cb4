package org.ruralwater.qualityrules.coverage;

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
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SourceType;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.Treatment;
import org.ruralwater.core.works.WorksId;
import org.ruralwater.qualityrules.compliance.Rate;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

class CoverageTest {

    private final Standard gb = Standards.bundled().get("GB5749-2022");
    private final SamplingProgramme programme = SamplingProgramme.bundled();

    private static SupplyWorks works(String id, String capacity, SourceType source) {
        return new SupplyWorks(
                WorksId.of(id),
                "测试水厂",
                SupplyKind.SMALL_CENTRALIZED,
                source,
                Quantity.parse(capacity),
                800,
                List.of(Treatment.INTEGRATED_UNIT),
                DisinfectionMethod.CHLORINE,
                List.of(RegionCode.parse("539821101201")));
    }

    private List<Sample> read(String rows) {
        String csv = "sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit\n" + rows;
        return SampleFile.read("s.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), gb);
    }

    private static String outlet(String id, String day, boolean complete) {
        String head = id + ",W4,outlet,2026-03-" + day + " 08:00,small_centralized,chlorine,";
        return head + "free_chlorine,0.5,mg/L\n" + head + "turbidity,0.5,NTU\n" + head
                + "total_coliforms,ND,MPN/100mL\n" + (complete ? head + "heterotrophic_plate_count,20,CFU/mL\n" : "");
    }

    @Test
    void findsTheWeeksAClassFourOutletWasNotFullySampled() {
        String source = "G,W4,source,2026-03-10 08:00,small_centralized,chlorine,";
        List<Sample> samples = read(outlet("A", "03", true) + outlet("B", "10", false) + outlet("C", "17", true)
                + source + "turbidity,1,NTU\n" + source + "color,5,度\n" + source + "odour_taste,无,\n" + source
                + "ph,7.1,\n");
        Coverage c = Coverage.check(
                programme,
                gb,
                List.of(works("W4", "300 m³/d", SourceType.GROUNDWATER)),
                samples,
                Period.month(2026, 3));
        assertThat(c.missed())
                .extracting(m -> m.rule() + " " + m.window() + " " + m.found() + "/" + m.required())
                .containsExactly("outlet-IV 2026-03-09..2026-03-15 0/1", "outlet-IV 2026-03-23..2026-03-29 0/1");
        assertThat(c.missed().get(0).indicators())
                .containsExactly("free_chlorine", "turbidity", "heterotrophic_plate_count", "total_coliforms");
        assertThat(c.windows()).isEqualTo(new Rate(3, 5)); // 4 whole weeks + 1 month
    }

    @Test
    void aClassOneWorksNeedsAnOutletSampleEveryDay() {
        SupplyWorks big = new SupplyWorks(
                WorksId.of("W1"),
                "城乡供水厂",
                SupplyKind.CENTRALIZED,
                SourceType.SURFACE,
                Quantity.parse("12000 m³/d"),
                60000,
                List.of(Treatment.CONVENTIONAL),
                DisinfectionMethod.CHLORINE_DIOXIDE,
                List.of(RegionCode.parse("539821101201")));
        Coverage c = Coverage.check(programme, gb, List.of(big), List.of(), Period.parse("2026-03-02..2026-03-08"));
        assertThat(c.missed()).filteredOn(m -> m.rule().equals("outlet-I-III")).hasSize(7);
        assertThat(c.missed())
                .filteredOn(m -> m.rule().equals("surface-source-I-III"))
                .hasSize(7);
        assertThat(c.missed().get(0).indicators()).contains("chlorine_dioxide");
        assertThat(c.windows()).isEqualTo(new Rate(0, 14));
    }

    @Test
    void surveillanceSeasonsAreWindowsOfTheYear() {
        Coverage c = Coverage.check(
                programme, gb, List.of(works("W4", "300 m³/d", SourceType.SPRING)), List.of(), Period.year(2026));
        assertThat(c.missed())
                .filteredOn(m -> m.rule().startsWith("surveillance"))
                .extracting(m -> m.rule() + " " + m.window())
                .containsExactly(
                        "surveillance-dry-outlet 2026-04-01..2026-05-31",
                        "surveillance-dry-tap 2026-04-01..2026-05-31",
                        "surveillance-wet-outlet 2026-07-01..2026-09-30",
                        "surveillance-wet-tap 2026-07-01..2026-09-30");
    }

    @Test
    void onlyWindowsWhollyInsideThePeriodAreRequired() {
        FrequencyRule weekly = programme.rules().stream()
                .filter(r -> r.id().equals("outlet-IV"))
                .findFirst()
                .orElseThrow();
        assertThat(Coverage.windows(weekly, Period.parse("2026-03-04..2026-03-20")))
                .containsExactly(Period.parse("2026-03-09..2026-03-15"));
    }

    @Test
    void anAgencyProgrammeIsReadStrictly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.json");
        Files.writeString(file, """
                {"id": "X", "title": "t", "source": "s", "rules": [
                 {"id": "r", "supply_kinds": [], "scale_classes": ["vi"], "source_types": [], "point": "tap",
                  "indicators": ["turbidity"], "cadence": "fortnight", "samples": 1, "confidence": "low", "source": "s"}]}
                """);
        assertThatThrownBy(() -> SamplingProgramme.read(file))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field())
                                .containsExactly("rules[0].scale_classes[0]", "rules[0].cadence"));
    }
}
