package org.ruralwater.cliapp.demo;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.option.Language;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.cliapp.output.Progress;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.demo.DemoCountySummary;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the demo county's files, reads them back strictly and prints what they hold. */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR")
    Path out = Path.of("demo-county");

    @Option(names = "--households", paramLabel = "N")
    int households = DemoCounty.DEFAULT_HOUSEHOLDS;

    @Option(names = "--seed", paramLabel = "S")
    long seed = DemoCounty.DEFAULT_SEED;

    @Override
    public Integer call() {
        OptionValues.atLeast(spec.commandLine(), "--households", households, 1);
        County county;
        Locale locale = Language.of(spec);
        try (Progress progress = Progress.start(
                Phrase.of(CliWords.PROGRESS_DEMO_COUNTY).in(locale),
                2,
                Phrase.of(CliWords.PROGRESS_STEPS).in(locale))) {
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
