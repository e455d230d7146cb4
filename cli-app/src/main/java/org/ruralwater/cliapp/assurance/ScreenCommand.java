package org.ruralwater.cliapp.assurance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ruralwater.assurance.safewater.Assessment;
import org.ruralwater.assurance.safewater.Observation;
import org.ruralwater.assurance.safewater.SafeWaterRules;
import org.ruralwater.assurance.safewater.SafetyVerdict;
import org.ruralwater.assurance.safewater.Screening;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Heading;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.cliapp.output.Wording;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Grades households' safe-water indicators and rolls the verdicts up. */
@Command(name = "screen", mixinStandardHelpOptions = true)
public final class ScreenCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--rule-set", paramLabel = "ID")
    String ruleSet = "T/CHES 18-2018";

    @Option(names = "--roll-up", paramLabel = "LEVEL")
    @Nullable
    RegionLevel level;

    @Option(names = "--county", paramLabel = "DIR")
    @Nullable
    Path county;

    @Parameters(paramLabel = "OBSERVATIONS.csv", descriptionKey = "observations")
    Path file;

    @Override
    public Integer call() {
        SafeWaterRules rules = SafeWaterRules.bundled();
        List<Assessment> graded = new ArrayList<>();
        for (Observation o : CsvReader.forRecord(Observation.class).read(file)) {
            graded.add(rules.evaluate(ruleSet, o));
        }
        Table table;
        Wording wording = county != null ? output.wording().withNames(County.read(county)) : output.wording();
        if (level != null) {
            List<String> columns = new ArrayList<>(List.of("region"));
            for (SafetyVerdict v : SafetyVerdict.values()) {
                columns.add("people_" + v.code());
                wording = wording.heading("people_" + v.code(), Phrase.of(Heading.PEOPLE_BY, wording.label(v)));
            }
            for (SafetyVerdict v : SafetyVerdict.values()) {
                columns.add("households_" + v.code());
                wording = wording.heading("households_" + v.code(), Phrase.of(Heading.HOUSEHOLDS_BY, wording.label(v)));
            }
            table = Table.of(columns);
            for (Screening.Row r : Screening.rollUp(graded, level)) {
                List<Object> cells = new ArrayList<>(List.of(r.region()));
                for (SafetyVerdict v : SafetyVerdict.values()) {
                    cells.add(r.people().getOrDefault(v, 0L));
                }
                for (SafetyVerdict v : SafetyVerdict.values()) {
                    cells.add(r.households().getOrDefault(v, 0L));
                }
                table.row(cells.toArray());
            }
        } else {
            wording = wording.heading("quantity", Phrase.of(Heading.WATER_QUANTITY));
            table = Table.of(
                    "id",
                    "village",
                    "people",
                    "quantity",
                    "quality",
                    "convenience",
                    "reliability",
                    "verdict",
                    "passes_poverty_check");
            for (Assessment a : graded) {
                table.row(
                        a.id(),
                        a.village(),
                        a.people(),
                        a.quantity(),
                        a.quality(),
                        a.convenience(),
                        a.reliability(),
                        a.verdict(),
                        a.passesPovertyCheck());
            }
        }
        output.write(table, spec.commandLine().getOut(), wording);
        boolean unsafe = graded.stream().anyMatch(a -> a.verdict() == SafetyVerdict.UNSAFE);
        return unsafe ? ExitCode.FAILURES : ExitCode.OK;
    }
}
