package org.ruralwater.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints JMH results as ratios to the baseline of the same class and parameters, measured in the same run:
 * each benchmark class has one method whose name starts with {@code baseline}.
 *
 * <p>Absolute times depend on the machine; a ratio to work measured beside it on the same machine does
 * not, much, so ratios are what the README reports.
 */
public final class RatioReport {

    record Result(String group, String method, BigDecimal score, BigDecimal error, String unit) {}

    private RatioReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RatioReport JMH-RESULT.json");
            System.exit(2);
        }
        print(read(Path.of(args[0])), System.out);
    }

    static List<Result> read(Path json) throws IOException {
        List<Result> results = new ArrayList<>();
        for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
            String benchmark = run.get("benchmark").asText();
            int dot = benchmark.lastIndexOf('.');
            StringBuilder group = new StringBuilder(
                    benchmark.substring(0, dot).replaceFirst("^org\\.ruralwater\\.benchmarks\\.", ""));
            JsonNode params = run.get("params");
            if (params != null) {
                params.fields()
                        .forEachRemaining(e -> group.append(' ')
                                .append(e.getKey())
                                .append('=')
                                .append(e.getValue().asText()));
            }
            JsonNode metric = run.get("primaryMetric");
            results.add(new Result(
                    group.toString(),
                    benchmark.substring(dot + 1),
                    metric.get("score").decimalValue(),
                    metric.get("scoreError").isNumber()
                            ? metric.get("scoreError").decimalValue()
                            : BigDecimal.ZERO,
                    metric.get("scoreUnit").asText()));
        }
        return results;
    }

    static void print(List<Result> results, PrintStream out) {
        Map<String, List<Result>> byGroup = new LinkedHashMap<>();
        for (Result r : results) {
            byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
        }
        out.println("| benchmark | method | score | ratio to baseline |");
        out.println("| --- | --- | --- | --- |");
        for (var e : byGroup.entrySet()) {
            Result baseline = e.getValue().stream()
                    .filter(r -> r.method().startsWith("baseline"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            e.getKey() + " has no baseline method; every benchmark class needs one named baseline…"));
            for (Result r : e.getValue()) {
                String ratio = r == baseline
                        ? "1 (baseline)"
                        : r.score()
                                        .divide(baseline.score(), 2, RoundingMode.HALF_UP)
                                        .toPlainString() + "×";
                out.println(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s ± %s %s | %s |",
                        e.getKey(),
                        r.method(),
                        r.score().setScale(3, RoundingMode.HALF_UP).toPlainString(),
                        r.error().setScale(3, RoundingMode.HALF_UP).toPlainString(),
                        r.unit(),
                        ratio));
            }
        }
    }
}
