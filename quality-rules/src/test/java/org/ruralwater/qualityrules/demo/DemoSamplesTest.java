package org.ruralwater.qualityrules.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.demo.DemoFile;
import org.ruralwater.qualityrules.compliance.ComplianceReport;
import org.ruralwater.qualityrules.compliance.SampleSelection;
import org.ruralwater.qualityrules.coverage.Coverage;
import org.ruralwater.qualityrules.coverage.SamplingProgramme;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

class DemoSamplesTest {

    private static final County COUNTY = DemoCounty.generate(4_000, DemoCounty.DEFAULT_SEED);
    private static final BigDecimal NINETY = new BigDecimal("90");
    private static final Standard GB = Standards.bundled().get("GB5749-2022");

    @Test
    void theYearIsReadBackByTheStrictReaderAndMeetsEveryWindowOfTheBundledProgramme(@TempDir Path dir) {
        List<DemoFile> files = DemoSamples.write(COUNTY, 7, 2026, dir);

        List<Sample> samples = SampleFile.read(dir.resolve(DemoSamples.FILE), GB);
        Coverage coverage =
                Coverage.check(SamplingProgramme.bundled(), GB, COUNTY.works(), samples, Period.parse("2026"));

        assertThat(files).singleElement().satisfies(f -> assertThat(f.rows()).isPositive());
        assertThat(samples.stream().map(s -> s.works().orElseThrow()).distinct())
                .hasSize(COUNTY.works().size());
        assertThat(coverage.missed()).isEmpty();
    }

    @Test
    void finishedWaterMostlyPassesWithAFewFailures(@TempDir Path dir) {
        DemoSamples.write(COUNTY, 7, 2026, dir);
        List<Sample> samples = SampleFile.read(dir.resolve(DemoSamples.FILE), GB);

        for (SamplingPoint point : List.of(SamplingPoint.OUTLET, SamplingPoint.TAP)) {
            ComplianceReport report =
                    ComplianceReport.of(samples, Evaluator.of(GB).asTested(), SampleSelection.at(point));
            assertThat(report.samples().meets(point == SamplingPoint.OUTLET ? ComplianceReport.TARGET_PERCENT : NINETY))
                    .as(point + " " + report.samples())
                    .isTrue();
            assertThat(report.samples().numerator())
                    .as(point + " has failures")
                    .isLessThan(report.samples().denominator());
        }
    }

    @Test
    void theSameCountySeedAndYearGiveTheSameBytesAndAnotherSeedOthers(@TempDir Path dir) throws Exception {
        DemoSamples.write(COUNTY, 7, 2026, dir.resolve("a"));
        DemoSamples.write(COUNTY, 7, 2026, dir.resolve("b"));
        DemoSamples.write(COUNTY, 8, 2026, dir.resolve("c"));

        byte[] a = Files.readAllBytes(dir.resolve("a").resolve(DemoSamples.FILE));
        assertThat(Files.readAllBytes(dir.resolve("b").resolve(DemoSamples.FILE)))
                .isEqualTo(a);
        assertThat(Files.readAllBytes(dir.resolve("c").resolve(DemoSamples.FILE)))
                .isNotEqualTo(a);
    }
}
