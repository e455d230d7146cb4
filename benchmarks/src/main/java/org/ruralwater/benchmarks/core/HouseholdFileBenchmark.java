package org.ruralwater.benchmarks.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Household;

/**
 * Reading the demo county's household file with the strict reader, against the baseline of merely counting
 * its lines: the ratio is the price of strictness (decoding, tokenising, converting every field and
 * validating every record) over raw I/O.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
// A fixed heap and a throughput collector: without them heap resizing doubled some iterations.
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class HouseholdFileBenchmark {

    @Param({"40000"})
    public int households;

    Path folder;
    Path file;

    @Setup(Level.Trial)
    public void writeDemoCounty() throws IOException {
        folder = Files.createTempDirectory("ruralwater-bench");
        DemoCounty.writeTo(folder, households, DemoCounty.DEFAULT_SEED);
        file = folder.resolve(County.DataFile.HOUSEHOLDS.fileName());
    }

    @TearDown(Level.Trial)
    public void deleteDemoCounty() throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The baseline: read the file as UTF-8 and count its lines. */
    @Benchmark
    public long baselineCountLines() throws IOException {
        long lines = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            while (r.readLine() != null) {
                lines++;
            }
        }
        return lines;
    }

    /** Read every household into a validated record, reporting problems with line and column. */
    @Benchmark
    public int strictRead() {
        return CsvReader.forRecord(Household.class).read(file).size();
    }
}
