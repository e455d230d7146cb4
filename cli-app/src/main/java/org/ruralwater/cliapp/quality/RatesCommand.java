package org.ruralwater.cliapp.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.cliapp.output.Worded;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.works.WorksId;
import org.ruralwater.qualityrules.compliance.ComplianceReport;
import org.ruralwater.qualityrules.compliance.Rate;
import org.ruralwater.qualityrules.compliance.SampleSelection;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Sample and item pass rates over a selection of samples. */
@Command(name = "rates", mixinStandardHelpOptions = true)
public final class RatesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--standard", paramLabel = "ID")
    String standard = "GB5749-2022";

    @Option(names = "--period", paramLabel = "PERIOD")
    @Nullable
    Period period;

    @Option(names = "--works", paramLabel = "ID", split = ",")
    List<String> works = new ArrayList<>();

    @Option(names = "--point", paramLabel = "POINT")
    @Nullable
    SamplingPoint point;

    @Parameters(paramLabel = "SAMPLES.csv", descriptionKey = "samples")
    Path file;

    @Override
    public Integer call() {
        Standard s = Standards.bundled().get(standard);
        List<Sample> samples = SampleFile.read(file, s);
        Predicate<Sample> selection = SampleSelection.all();
        if (period != null) {
            selection = selection.and(SampleSelection.sampledIn(period));
        }
        if (!works.isEmpty()) {
            Set<WorksId> ids = Set.copyOf(works.stream().map(WorksId::of).toList());
            selection = selection.and(SampleSelection.fromWorks(ids));
        }
        if (point != null) {
            selection = selection.and(SampleSelection.at(point));
        }
        ComplianceReport report = ComplianceReport.of(samples, Evaluator.of(s).asTested(), selection);
        Table table = Table.of("item", "passed", "judged", "percent", "meets_95");
        Locale locale = output.wording().locale();
        row(table, Phrase.of(CliWords.RATE_OF_SAMPLES), report.samples());
        for (Map.Entry<String, Rate> e : report.items().entrySet()) {
            String code = e.getKey();
            row(
                    table,
                    new Worded(code, s.indicator(code).map(i -> i.name(locale)).orElse(code)),
                    e.getValue());
        }
        output.write(table, spec.commandLine().getOut());
        spec.commandLine().getErr().println(output.wording().say(indeterminate(report)));
        spec.commandLine().getErr().flush();
        return report.samples().meets(ComplianceReport.TARGET_PERCENT) ? ExitCode.OK : ExitCode.FAILURES;
    }

    /**
     * What the sample rate did with indeterminate samples: they are judged (in the denominator) and not shown
     * to pass (not in the numerator), as ComplianceReport counts them.
     */
    static Phrase indeterminate(ComplianceReport report) {
        long judged = report.samples().denominator();
        return Phrase.of(
                judged == 1 ? CliWords.INDETERMINATE_SAMPLE : CliWords.INDETERMINATE_SAMPLES,
                report.indeterminateSamples(),
                judged);
    }

    private static void row(Table table, Object item, Rate r) {
        table.row(item, r.numerator(), r.denominator(), r.percent(), r.meets(ComplianceReport.TARGET_PERCENT));
    }
}
