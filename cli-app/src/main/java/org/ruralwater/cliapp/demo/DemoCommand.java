package org.ruralwater.cliapp.demo;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.cliapp.output.Progress;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.demo.DemoCountySummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the demo county's files, reads them back strictly and prints what they hold. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Write a realistic fictional county (regions, villages, works, households, meters, assets, staff) as",
            "CSV files, read them back with the strict readers and print a summary. The same seed gives the",
            "same files."
        },
        footer = {"", "Example:", "  ruralwater demo --out demo-county --households 40000 --seed 20260101"})
public final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "the folder to write (default: ${DEFAULT-VALUE})")
    Path out = Path.of("demo-county");

    @Option(
            names = "--households",
            paramLabel = "N",
            description = "how many households (default: ${DEFAULT-VALUE}; 1000000 gives 25 counties)")
    int households = DemoCounty.DEFAULT_HOUSEHOLDS;

    @Option(names = "--seed", paramLabel = "S", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed = DemoCounty.DEFAULT_SEED;

    @Override
    public Integer call() {
        OptionValues.atLeast(spec.commandLine(), "--households", households, 1);
        County county;
        try (Progress progress = Progress.start("demo county", 2, "steps")) {
            DemoCounty.writeTo(out, households, seed);
            progress.step();
            county = County.read(out);
            progress.step();
        }
        spec.commandLine().getOut().print(DemoCountySummary.text(county, out, seed));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
