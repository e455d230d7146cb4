package org.ruralwater.escalation.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ruralwater.assurance.monitoring.Signal;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.escalation.links.Links;
import org.ruralwater.qualityrules.alert.AlertPolicy;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

/**
 * The bundled links as data over golden cases: each folder of {@code src/test/resources/cases} holds a county's
 * works ({@code works.csv}), its samples ({@code samples.csv}, quality-rules' sample file), the watch's time
 * ({@code as-of.txt}) and the outcome expected ({@code expected.txt}). A missing expected file fails; to write
 * them after a deliberate change, run with {@code -Druralwater.updateGolden=true} and review every line.
 */
class EscalationGoldenTest {

    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final Standard GB5749 = Standards.bundled().get("GB5749-2022");

    @TestFactory
    List<DynamicTest> eachCaseGivesItsExpectedOutcome() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> folders = Files.list(CASES)) {
            for (Path folder : folders.sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
            }
        }
        assertThat(tests).as("golden cases in " + CASES).hasSizeGreaterThanOrEqualTo(6);
        return tests;
    }

    private static void check(Path folder) throws IOException {
        List<SupplyWorks> works = CsvReader.forRecord(SupplyWorks.class).read(folder.resolve("works.csv"));
        List<Sample> samples = SampleFile.read(folder.resolve("samples.csv"), GB5749);
        LocalDateTime asOf = LocalDateTime.parse(
                Files.readString(folder.resolve("as-of.txt")).strip().replace(' ', 'T'));
        Outcome outcome = Watch.of(Links.bundled(), Evaluator.of(GB5749), AlertPolicy.DEFAULT)
                .over(samples, works, asOf);
        String actual = render(outcome);
        Path expected = folder.resolve("expected.txt");
        if (Boolean.getBoolean("ruralwater.updateGolden")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected)
                .as("the golden file; write it with -Druralwater.updateGolden=true and review it")
                .exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    /** The outcome one line per item, every field the links decide. */
    static String render(Outcome o) {
        StringBuilder b = new StringBuilder("as of " + o.asOf() + "\n");
        for (WatchedAlert a : o.alerts()) {
            b.append("alert ")
                    .append(a.alert().kind().code())
                    .append(" works=")
                    .append(a.alert().works().map(Object::toString).orElse("-"))
                    .append(" sample=")
                    .append(a.alert().sampleId().orElse("-"))
                    .append(" subject=")
                    .append(a.alert().subject())
                    .append(" due=")
                    .append(a.alert().dueBy().map(Object::toString).orElse("-"))
                    .append(" status=")
                    .append(a.status().code())
                    .append(" resolved_by=")
                    .append(a.resolvedBy().orElse("-"))
                    .append(" link=")
                    .append(a.link())
                    .append("\n  ")
                    .append(a.alert().message())
                    .append('\n');
        }
        for (EscalatedTicket t : o.tickets()) {
            b.append("ticket ")
                    .append(t.ticket().id())
                    .append(" type=")
                    .append(t.ticket().type().code())
                    .append(" class=")
                    .append(t.ticket().rectification().code())
                    .append(" subject=")
                    .append(t.ticket().subject())
                    .append(" village=")
                    .append(t.ticket().village())
                    .append(" opened=")
                    .append(t.ticket().openedAt())
                    .append(" deadline=")
                    .append(t.ticket().deadline())
                    .append(" samples=")
                    .append(String.join(";", t.samples()))
                    .append(" retest=")
                    .append(t.passingRetest().orElse("-"))
                    .append(" link=")
                    .append(t.link())
                    .append("\n  ")
                    .append(t.ticket().history().get(0).note())
                    .append('\n');
        }
        for (Signal s : o.signals()) {
            b.append("signal ")
                    .append(s.kind().code())
                    .append(" village=")
                    .append(s.village())
                    .append(" subject=")
                    .append(s.subject())
                    .append(" at=")
                    .append(s.at())
                    .append(" channel=")
                    .append(s.channel())
                    .append("\n  ")
                    .append(s.note())
                    .append('\n');
        }
        return b.toString();
    }
}
