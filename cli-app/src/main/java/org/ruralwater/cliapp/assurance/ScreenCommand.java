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
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.region.RegionLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Grades households' safe-water indicators and rolls the verdicts up. */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = {
            "Grade each household's four safe-water indicators (quantity, quality, convenience, reliability)",
            "under a rule set and give its verdict, or with --roll-up the people and households by verdict per",
            "township or county. Exits 1 when a household is not safe.",
            "",
            "Columns of the file: id, village, people, zone, litres_per_person_day, supply, quality, connection,",
            "connection_declined, round_trip_minutes, horizontal_metres, vertical_metres, shortfall_days."
        },
        footer = {
            "",
            "Examples:",
            "  ruralwater assurance screen observations.csv",
            "  ruralwater assurance screen --rule-set HENAN-2020 --roll-up township observations.csv"
        })
public final class ScreenCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--rule-set", paramLabel = "ID", description = "the rule set (default: ${DEFAULT-VALUE})")
    String ruleSet = "T/CHES 18-2018";

    @Option(names = "--roll-up", paramLabel = "LEVEL", description = "township or county: counts per region")
    @Nullable
    RegionLevel level;

    @Parameters(paramLabel = "OBSERVATIONS.csv")
    Path file;

    @Override
    public Integer call() {
        SafeWaterRules rules = SafeWaterRules.bundled();
        List<Assessment> graded = new ArrayList<>();
        for (Observation o : CsvReader.forRecord(Observation.class).read(file)) {
            graded.add(rules.evaluate(ruleSet, o));
        }
        Table table;
        if (level != null) {
            List<String> columns = new ArrayList<>(List.of("region"));
            for (SafetyVerdict v : SafetyVerdict.values()) {
                columns.add("people_" + v.code());
            }
            for (SafetyVerdict v : SafetyVerdict.values()) {
                columns.add("households_" + v.code());
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
        output.write(table, spec.commandLine().getOut());
        boolean unsafe = graded.stream().anyMatch(a -> a.verdict() == SafetyVerdict.UNSAFE);
        return unsafe ? ExitCode.FAILURES : ExitCode.OK;
    }
}
