package org.ruralwater.benchmarks.assurance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.ruralwater.assurance.safewater.Assessment;
import org.ruralwater.assurance.safewater.Observation;
import org.ruralwater.assurance.safewater.SafeWaterRules;
import org.ruralwater.assurance.safewater.Screening;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.region.RegionLevel;

/**
 * Screening household observations read from CSV against T/CHES 18-2018 and rolling them up by township,
 * against the baseline of only reading the same file strictly. The goal (issue 7) is at most 1.3.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 8)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
public class ScreeningBenchmark {

    @Param({"1000000"})
    public int households;

    Path file;
    SafeWaterRules rules;

    @Setup(Level.Trial)
    public void writeObservations() throws IOException {
        file = Files.createTempFile("ruralwater-observations", ".csv");
        Random random = new Random(11);
        String[] connections = {"in_house_tap", "yard_tap", "public_standpipe", "none"};
        String[] quality = {"meets_full_limits", "meets_relaxed_limits", "sensory_check_passed", "fails_limits"};
        String[] supply = {"large_scale", "small_centralized", "dispersed"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,village,people,zone,litres_per_person_day,supply,quality,connection,connection_declined,"
                    + "round_trip_minutes,horizontal_metres,vertical_metres,shortfall_days\n");
            for (int i = 0; i < households; i++) {
                int village = 201 + (i / 330) % 120;
                int township = 101 + (i / 39_600) % 8;
                String conn = connections[random.nextInt(connections.length)];
                boolean piped = conn.endsWith("tap");
                w.write("H" + i + ",539821" + township + village + "," + (1 + random.nextInt(6)) + ","
                        + (random.nextInt(5) == 0 ? "water_deficient" : "water_rich") + "," + (15 + random.nextInt(80))
                        + ","
                        + supply[random.nextInt(supply.length)] + "," + quality[random.nextInt(quality.length)] + ","
                        + conn + ",false,"
                        + (piped ? "" : String.valueOf(3 + random.nextInt(30))) + ",,," + random.nextInt(50) + "\n");
            }
        }
        rules = SafeWaterRules.bundled();
    }

    @TearDown(Level.Trial)
    public void deleteObservations() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The baseline: read the observations strictly. */
    @Benchmark
    public int baselineParse() {
        return CsvReader.forRecord(Observation.class).read(file).size();
    }

    /** Read, evaluate every household and roll up by township; returns the number of townships. */
    @Benchmark
    public int parseAndScreen() {
        List<Observation> observations = CsvReader.forRecord(Observation.class).read(file);
        List<Assessment> assessments = new ArrayList<>(observations.size());
        for (Observation o : observations) {
            assessments.add(rules.evaluate("T/CHES 18-2018", o));
        }
        return Screening.rollUp(assessments, RegionLevel.TOWNSHIP).size();
    }
}
