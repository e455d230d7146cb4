package org.ruralwater.cliapp.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.calendar.Period;
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
@Command(
        name = "rates",
        mixinStandardHelpOptions = true,
        description = {
            "Pass rates (水质达标率) with their numerators and denominators: the share of samples that pass and, per",
            "indicator, the share of determinations, over a period, works and sampling point, against the 95%%",
            "target. Exits 1 when the sample rate is below the target."
        },
        footer = {
            "",
            "Examples:",
            "  ruralwater quality rates --period 2026-Q1 samples.csv",
            "  ruralwater quality rates --period 2026 --works W539821-002 --point tap samples.csv"
        })
public final class RatesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--standard", paramLabel = "ID", description = "the standard (default: ${DEFAULT-VALUE})")
    String standard = "GB5749-2022";

    @Option(names = "--period", paramLabel = "PERIOD", description = "2026-03, 2026-Q1, 2026 or 2026-01-05..2026-02-10")
    @Nullable
    Period period;

    @Option(names = "--works", paramLabel = "ID", split = ",", description = "only these works")
    List<String> works = new ArrayList<>();

    @Option(names = "--point", paramLabel = "POINT", description = "only this point: source, outlet, network, tap")
    @Nullable
    SamplingPoint point;

    @Parameters(paramLabel = "SAMPLES.csv")
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
        row(table, "samples", report.samples());
        for (Map.Entry<String, Rate> e : report.items().entrySet()) {
            row(table, e.getKey(), e.getValue());
        }
        output.write(table, spec.commandLine().getOut());
        spec.commandLine().getErr().println(indeterminate(report));
        spec.commandLine().getErr().flush();
        return report.samples().meets(ComplianceReport.TARGET_PERCENT) ? ExitCode.OK : ExitCode.FAILURES;
    }

    /**
     * What the sample rate did with indeterminate samples: they are judged (in the denominator) and not shown
     * to pass (not in the numerator), as ComplianceReport counts them.
     */
    static String indeterminate(ComplianceReport report) {
        long n = report.indeterminateSamples();
        return n + " of " + report.samples().denominator()
                + (report.samples().denominator() == 1 ? " sample" : " samples")
                + " indeterminate: counted as judged, not as passed";
    }

    private static void row(Table table, String item, Rate r) {
        table.row(item, r.numerator(), r.denominator(), r.percent(), r.meets(ComplianceReport.TARGET_PERCENT));
    }
}
