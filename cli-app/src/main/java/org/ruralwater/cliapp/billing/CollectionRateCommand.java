package org.ruralwater.cliapp.billing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ruralwater.billing.collection.CollectionRate;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Collection rates (收缴率) per township or county. */
@Command(
        name = "collection-rate",
        mixinStandardHelpOptions = true,
        description = {
            "The collection rate (收缴率 = collected ÷ due) of the bills of a period, counting payments up to a",
            "day, per township or county of the households' villages (from the county folder)."
        },
        footer = {
            "",
            "Example:",
            "  ruralwater billing collection-rate --period 2015 --as-of 2015-12-31 --county demo-county county-billing/"
        })
public final class CollectionRateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(
            names = "--period",
            required = true,
            paramLabel = "PERIOD",
            description = "bills of this period: 2015-05, 2015-Q2, 2015")
    Period period;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "count payments up to this day")
    LocalDate asOf;

    @Option(names = "--county", required = true, paramLabel = "DIR", description = "the county folder (households)")
    Path county;

    @Option(names = "--level", paramLabel = "LEVEL", description = "township or county (default: ${DEFAULT-VALUE})")
    RegionLevel level = RegionLevel.TOWNSHIP;

    @Mixin
    LedgerFolder ledger;

    @Override
    public Integer call() {
        Map<HouseholdId, RegionCode> villageOf = new HashMap<>();
        for (Household h : County.read(county).households()) {
            villageOf.put(h.id(), h.village());
        }
        Map<RegionCode, CollectionRate> rates =
                ledger.receivables().collectionRates(villageOf, level, p -> covers(period, p), asOf);
        Table table = Table.of("region", "collected", "due", "percent");
        rates.forEach((region, rate) -> table.row(region, rate.collected(), rate.due(), rate.percent()));
        output.write(table, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** Whether a bill's period lies within the selection. */
    private static boolean covers(Period selection, Period bill) {
        return !bill.start().isBefore(selection.start()) && !bill.end().isAfter(selection.end());
    }
}
