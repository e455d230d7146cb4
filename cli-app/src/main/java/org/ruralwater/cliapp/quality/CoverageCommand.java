package org.ruralwater.cliapp.quality;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.cliapp.output.Worded;
import org.ruralwater.cliapp.output.Wording;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.county.County;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.coverage.Coverage;
import org.ruralwater.qualityrules.coverage.MissedSample;
import org.ruralwater.qualityrules.coverage.SamplingProgramme;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The sampling windows a county's works missed. */
@Command(name = "coverage", mixinStandardHelpOptions = true)
public final class CoverageCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--county", required = true, paramLabel = "DIR")
    Path county;

    @Option(names = "--period", required = true, paramLabel = "PERIOD")
    Period period;

    @Option(names = "--programme", paramLabel = "FILE")
    @Nullable
    Path programme;

    @Option(names = "--standard", paramLabel = "ID")
    String standard = "GB5749-2022";

    @Parameters(paramLabel = "SAMPLES.csv", descriptionKey = "samples")
    Path file;

    @Override
    public Integer call() {
        Standard s = Standards.bundled().get(standard);
        SamplingProgramme p = programme != null ? SamplingProgramme.read(programme) : SamplingProgramme.bundled();
        County folder = County.read(county);
        Coverage c = Coverage.check(p, s, folder.works(), SampleFile.read(file, s), period);
        Locale locale = output.wording().locale();
        Table table = Table.of("works", "rule", "window", "required", "found", "indicators", "source");
        for (MissedSample m : c.missed()) {
            table.row(
                    m.works(),
                    m.rule(),
                    m.window(),
                    m.required(),
                    m.found(),
                    m.indicators().stream()
                            .map(code -> new Worded(
                                    code,
                                    s.indicator(code).map(i -> i.name(locale)).orElse(code)))
                            .toList(),
                    m.source());
        }
        Wording wording = output.wording().withNames(folder);
        output.write(table, spec.commandLine().getOut(), wording);
        spec.commandLine()
                .getErr()
                .println(wording.say(Phrase.of(
                        CliWords.WINDOWS_SAMPLED_ENOUGH,
                        c.windows().toString(),
                        c.windows().percent().map(BigDecimal::toPlainString).orElse("-"))));
        spec.commandLine().getErr().flush();
        return c.missed().isEmpty() ? ExitCode.OK : ExitCode.FAILURES;
    }
}
