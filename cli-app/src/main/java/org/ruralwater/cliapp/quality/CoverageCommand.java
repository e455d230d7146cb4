package org.ruralwater.cliapp.quality;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.county.County;
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
@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = {
            "Check a county's works against the minimum sampling frequencies held as data (the bundled rural",
            "programme by default) over a period, and list every window a works was not sampled enough: missed",
            "samples, not only exceedances. Exits 1 when a window was missed."
        },
        footer = {"", "Example:", "  ruralwater quality coverage --county demo-county --period 2026-Q1 samples.csv"})
public final class CoverageCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--county", required = true, paramLabel = "DIR", description = "the county folder (its works)")
    Path county;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "2026-03, 2026-Q1 or 2026")
    Period period;

    @Option(names = "--programme", paramLabel = "FILE", description = "a sampling programme file")
    @Nullable
    Path programme;

    @Option(names = "--standard", paramLabel = "ID", description = "the standard (default: ${DEFAULT-VALUE})")
    String standard = "GB5749-2022";

    @Parameters(paramLabel = "SAMPLES.csv")
    Path file;

    @Override
    public Integer call() {
        Standard s = Standards.bundled().get(standard);
        SamplingProgramme p = programme != null ? SamplingProgramme.read(programme) : SamplingProgramme.bundled();
        Coverage c = Coverage.check(p, s, County.read(county).works(), SampleFile.read(file, s), period);
        Table table = Table.of("works", "rule", "window", "required", "found", "indicators", "source");
        for (MissedSample m : c.missed()) {
            table.row(m.works(), m.rule(), m.window(), m.required(), m.found(), m.indicators(), m.source());
        }
        output.write(table, spec.commandLine().getOut());
        spec.commandLine()
                .getErr()
                .println("windows sampled enough: " + c.windows() + " ("
                        + c.windows().percent().map(BigDecimal::toPlainString).orElse("-") + "%)");
        spec.commandLine().getErr().flush();
        return c.missed().isEmpty() ? ExitCode.OK : ExitCode.FAILURES;
    }
}
