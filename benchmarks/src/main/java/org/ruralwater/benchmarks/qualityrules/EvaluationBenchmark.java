package org.ruralwater.benchmarks.qualityrules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

/**
 * Evaluating a long-format sample file against GB 5749-2022, against the baseline of only reading and
 * grouping the same file strictly: the ratio is what evaluation adds over parsing. The goal (issue 4) is at
 * most 1.3.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6)
@Measurement(iterations = 10)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
public class EvaluationBenchmark {

    @Param({"1000000"})
    public int determinations;

    Path file;
    Standard standard;
    Evaluator evaluator;

    @Setup(Level.Trial)
    public void writeSampleFile() throws IOException {
        file = SampleFiles.write(Files.createTempFile("ruralwater-samples", ".csv"), determinations, 42);
        standard = Standards.bundled().get("GB5749-2022");
        evaluator = Evaluator.of(standard).asTested();
    }

    @TearDown(Level.Trial)
    public void deleteSampleFile() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The baseline: read the file strictly and group its rows into samples. */
    @Benchmark
    public int baselineParse() {
        return SampleFile.read(file, standard).size();
    }

    /** Read the same file and evaluate every sample; returns the number of failing samples. */
    @Benchmark
    public int parseAndEvaluate() {
        List<Sample> samples = SampleFile.read(file, standard);
        int failing = 0;
        for (SampleVerdict v : evaluator.evaluate(samples)) {
            if (v.verdict() == Verdict.FAIL) {
                failing++;
            }
        }
        return failing;
    }
}
