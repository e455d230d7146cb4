package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One command of each module, in Chinese and in English, against golden files of its exit code, stdout and
 * stderr (see {@code golden/README.md}). The inputs are named by paths relative to the module, so that
 * problems name the same file on every machine.
 */
class BilingualOutputTest {

    private static final String RESOURCES = "src/test/resources/org/ruralwater/cliapp/";
    private static final String GOLDEN = RESOURCES + "golden/";
    private static final String COUNTY = RESOURCES + "schedule-county";

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String lang : List.of("zh-CN", "en")) {
            cases.add(Arguments.of("quality-evaluate", lang, List.of("quality", "evaluate", GOLDEN + "samples.csv")));
            cases.add(Arguments.of(
                    "quality-evaluate-detail",
                    lang,
                    List.of("quality", "evaluate", "--detail", GOLDEN + "samples.csv")));
            cases.add(Arguments.of(
                    "billing-quote",
                    lang,
                    List.of(
                            "billing",
                            "quote",
                            "--tariff",
                            "CN-JS-JIANGDU-RURAL-RESIDENTIAL",
                            "--consumption",
                            "12",
                            "--period",
                            "2015-05")));
            cases.add(Arguments.of(
                    "billing-run-blocked",
                    lang,
                    List.of("billing", "run", "--period", "2015-05", "--dry-run", GOLDEN + "billing")));
            cases.add(Arguments.of(
                    "billing-arrears",
                    lang,
                    List.of("billing", "arrears", "--as-of", "2015-07-20", GOLDEN + "arrears")));
            cases.add(Arguments.of(
                    "assurance-distribute",
                    lang,
                    List.of("assurance", "distribute", "--available", "200", "--villages", GOLDEN + "villages.csv")));
            cases.add(Arguments.of(
                    "assurance-screen",
                    lang,
                    List.of("assurance", "screen", "--county", COUNTY, GOLDEN + "observations.csv")));
            cases.add(Arguments.of(
                    "assurance-screen-roll-up",
                    lang,
                    List.of(
                            "assurance",
                            "screen",
                            "--roll-up",
                            "township",
                            "--county",
                            COUNTY,
                            GOLDEN + "observations.csv")));
            cases.add(Arguments.of(
                    "assurance-screen-problems",
                    lang,
                    List.of("assurance", "screen", GOLDEN + "bad-observations.csv")));
            cases.add(Arguments.of(
                    "maintenance-generate",
                    lang,
                    List.of(
                            "maintenance",
                            "generate",
                            "--county",
                            COUNTY,
                            "--from",
                            "2026-12-01",
                            "--to",
                            "2026-12-14")));
            cases.add(Arguments.of(
                    "maintenance-schedule",
                    lang,
                    List.of(
                            "maintenance",
                            "schedule",
                            "--county",
                            COUNTY,
                            "--work-orders",
                            COUNTY + "/work-orders.csv",
                            "--start",
                            "2026-12-01",
                            "--horizon",
                            "1d",
                            "--moves",
                            "200")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("cases")
    void theOutputInEachLanguageIsItsGoldenFile(String name, String lang, List<String> command) throws Exception {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--format", "table", "--lang", lang));

        Run r = Run.in(Map.of(), args.toArray(String[]::new));

        String actual = "exit " + r.code() + "\n--- stdout\n" + r.out() + "--- stderr\n" + r.err();
        assertThat(actual).isEqualTo(golden(name + "." + lang + ".txt", actual));
    }

    /** The golden file's text; with -Druralwater.updateGolden=true, first rewritten from the current output. */
    static String golden(String name, String actual) throws Exception {
        if (Boolean.getBoolean("ruralwater.updateGolden")) {
            // Rewrites the golden file; read the diff before committing it.
            Files.writeString(Path.of(GOLDEN, name), actual, StandardCharsets.UTF_8);
        }
        Path file = Path.of(GOLDEN, name);
        assertThat(file)
                .as("golden file %s (write it with -Druralwater.updateGolden=true)", file)
                .isRegularFile();
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
