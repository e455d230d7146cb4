package org.ruralwater.cliapp.assurance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ruralwater.assurance.assessment.AssessmentScheme;
import org.ruralwater.assurance.assessment.KpiFile;
import org.ruralwater.assurance.assessment.Result;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Heading;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Scores and ranks assessees under an assessment scheme. */
@Command(name = "assess", mixinStandardHelpOptions = true)
public final class AssessCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--scheme", required = true, paramLabel = "FILE|NAME")
    String scheme;

    @Option(names = "--inputs", required = true, paramLabel = "FILE")
    Path inputs;

    @Override
    public Integer call() {
        Path file = Path.of(scheme);
        AssessmentScheme s = Files.isRegularFile(file) ? AssessmentScheme.read(file) : AssessmentScheme.bundled(scheme);
        Table table = Table.of("rank", "assessee", "name", "total", "grade", "passed", "failed_key_items", "vetoed_by");
        for (AssessmentScheme.Ranked r : s.rank(KpiFile.read(inputs))) {
            Result x = r.result();
            table.row(
                    r.rank(),
                    x.assessee(),
                    x.name(),
                    x.total(),
                    x.grade().orElse(""),
                    x.passed().map(String::valueOf).orElse(""),
                    x.failedKeyItems(),
                    x.vetoedBy());
        }
        output.write(
                table, spec.commandLine().getOut(), output.wording().heading("total", Phrase.of(Heading.TOTAL_SCORE)));
        return ExitCode.OK;
    }
}
