package org.ruralwater.cliapp.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ruralwater.assurance.demo.DemoAssurance;
import org.ruralwater.billing.demo.DemoBilling;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.option.Language;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.cliapp.output.Progress;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.demo.DemoCountySummary;
import org.ruralwater.core.demo.DemoFile;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.maintenance.demo.DemoYear;
import org.ruralwater.qualityrules.demo.DemoSamples;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the demo county's files, reads them back strictly and prints what they hold. */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {

    /** One module's generator of the year, as each module's demo package offers it. */
    private interface Writer {
        List<DemoFile> write(County county, long seed, int year, Path folder);
    }

    /** The folder of each module's files, beside the county files, and its generator. */
    private static final Map<String, Writer> HISTORY = new LinkedHashMap<>();

    static {
        HISTORY.put("quality", DemoSamples::write);
        HISTORY.put("billing", DemoBilling::write);
        HISTORY.put("assurance", DemoAssurance::write);
        HISTORY.put("maintenance", DemoYear::write);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR")
    Path out = Path.of("demo-county");

    @Option(names = "--households", paramLabel = "N")
    int households = DemoCounty.DEFAULT_HOUSEHOLDS;

    @Option(names = "--seed", paramLabel = "S")
    long seed = DemoCounty.DEFAULT_SEED;

    @Option(names = "--history")
    boolean history;

    @Option(names = "--year", paramLabel = "YYYY")
    int year = 2026;

    @Override
    public Integer call() {
        OptionValues.atLeast(spec.commandLine(), "--households", households, 1);
        OptionValues.atLeast(spec.commandLine(), "--year", year, 2000);
        County county;
        List<String> written = new ArrayList<>();
        Locale locale = Language.of(spec);
        try (Progress progress = Progress.start(
                Phrase.of(CliWords.PROGRESS_DEMO_COUNTY).in(locale),
                history ? 6 : 2,
                Phrase.of(CliWords.PROGRESS_STEPS).in(locale))) {
            DemoCounty.writeTo(out, households, seed);
            progress.step();
            county = County.read(out);
            progress.step();
            if (history) {
                for (Map.Entry<String, Writer> part : HISTORY.entrySet()) {
                    for (DemoFile f : part.getValue().write(county, seed, year, out.resolve(part.getKey()))) {
                        written.add(Phrase.of(CliWords.HISTORY_FILE_ROWS, part.getKey() + "/" + f.name(), f.rows())
                                .in(locale));
                    }
                    progress.step();
                }
            }
        }
        var o = spec.commandLine().getOut();
        o.print(DemoCountySummary.text(county, out, seed, locale));
        if (history) {
            o.println(Phrase.of(CliWords.HISTORY_WRITTEN, year, written.size()).in(locale));
            written.forEach(line -> o.println("  " + line));
        }
        o.flush();
        return ExitCode.OK;
    }
}
