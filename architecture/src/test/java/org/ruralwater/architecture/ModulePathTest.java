package org.ruralwater.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library modules at work on the module path, where their {@code module-info} is enforced (every other
 * test runs on the class path, which ignores it): an embedder's own module compiles against the exports,
 * and in a JVM of its own the bundled data loads, core's readers build other modules' records, and Timefold
 * solves a small crew schedule (its workload from the bundled catalogue) through the package maintenance opens to it.
 */
class ModulePathTest {

    private static final String DESCRIPTOR = """
            module example.embedder {
                requires org.ruralwater.qualityrules;
                requires org.ruralwater.billing;
                requires org.ruralwater.assurance;
                requires org.ruralwater.maintenance;
            }
            """;

    private static final String MAIN = """
            package example.embedder;

            import java.io.ByteArrayInputStream;
            import java.nio.charset.StandardCharsets;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.time.ZoneId;
            import org.ruralwater.assurance.safewater.SafeWaterRules;
            import org.ruralwater.billing.tariff.QuoteRequest;
            import org.ruralwater.billing.tariff.Tariffs;
            import org.ruralwater.core.calendar.Period;
            import org.ruralwater.core.calendar.WorkCalendar;
            import org.ruralwater.core.county.County;
            import org.ruralwater.core.demo.DemoCounty;
            import org.ruralwater.maintenance.demo.DemoWorkload;
            import org.ruralwater.maintenance.schedule.CrewSchedule;
            import org.ruralwater.maintenance.schedule.PlanCalendar;
            import org.ruralwater.maintenance.schedule.Scheduler;
            import org.ruralwater.maintenance.workorder.ResponseCommitments;
            import org.ruralwater.qualityrules.evaluation.Evaluator;
            import org.ruralwater.qualityrules.sample.SampleFile;
            import org.ruralwater.qualityrules.standard.Standard;
            import org.ruralwater.qualityrules.standard.Standards;

            public final class Main {
                public static void main(String[] args) {
                    System.out.println("module " + Scheduler.class.getModule().getName());
                    System.out.println("calendar " + WorkCalendar.china().years());
                    Standard gb5749 = Standards.bundled().get("GB5749-2022");
                    String csv = "sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit\\n"
                            + "S1,W539821-002,tap,2026-03-02 09:10,small_centralized,chlorine,砷,<1,µg/L\\n"
                            + "S1,W539821-002,tap,2026-03-02 09:10,small_centralized,chlorine,余氯,0.3,mg/L\\n";
                    var samples = SampleFile.read(
                            "samples.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), gb5749);
                    System.out.println("sample " + Evaluator.of(gb5749).asTested().evaluate(samples.get(0)).verdict());
                    System.out.println("quote " + Tariffs.bundled()
                            .quote("CN-YN-JINPING-RESIDENTIAL", QuoteRequest.of(Period.month(2026, 3), "17", 3))
                            .total());
                    System.out.println("safe-water rule sets " + SafeWaterRules.bundled().ids().contains("T/CHES 18-2018"));
                    County county = DemoCounty.generate();
                    LocalDate monday = LocalDate.of(2026, 11, 30);
                    System.out.println("commitments " + ResponseCommitments.countyExample().id());
                    CrewSchedule plan = Scheduler.withMoveLimit(2_000).solve(DemoWorkload.generate(monday, 7, 20, 3, 7));
                    System.out.println("hard score " + plan.score().orElseThrow().hardScore());
                    String ics = PlanCalendar.export(
                            plan, "C1", county, ZoneId.of("Asia/Shanghai"), Instant.parse("2026-11-27T09:00:00Z"));
                    System.out.println("ical " + ics.startsWith("BEGIN:VCALENDAR"));
                }
            }
            """;

    @Test
    void anEmbeddersModuleCompilesAndRunsAgainstTheLibraryModules(@TempDir Path dir) throws Exception {
        ModulePath layout = ModulePath.ofLibraries(LibraryModule.all());
        Path sources = dir.resolve("src/example.embedder");
        Files.createDirectories(sources.resolve("example/embedder"));
        Files.writeString(sources.resolve("module-info.java"), DESCRIPTOR);
        Files.writeString(sources.resolve("example/embedder/Main.java"), MAIN);
        Path classes = dir.resolve("classes");

        List<String> javac = new ArrayList<>(layout.options());
        javac.addAll(List.of(
                "-d",
                classes.toString(),
                "--module-source-path",
                dir.resolve("src").toString(),
                "-m",
                "example.embedder"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new));

        assertThat(compiled).as("javac of the embedder module").isZero();

        List<String> java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        java.addAll(layout.options(classes.resolve("example.embedder")));
        java.addAll(List.of("-m", "example.embedder/example.embedder.Main"));
        Process p = new ProcessBuilder(java).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out)
                .contains("module org.ruralwater.maintenance")
                .contains("calendar [2024, 2025, 2026]")
                .contains("sample PASS")
                .contains("quote CNY 72.85")
                .contains("safe-water rule sets true")
                .contains("commitments CN-COUNTY-EXAMPLE")
                .contains("hard score 0")
                .contains("ical true");
    }
}
