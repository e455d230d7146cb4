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
@Command(name = "collection-rate", mixinStandardHelpOptions = true)
public final class CollectionRateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--period", required = true, paramLabel = "PERIOD")
    Period period;

    @Option(names = "--as-of", required = true, paramLabel = "DATE")
    LocalDate asOf;

    @Option(names = "--county", required = true, paramLabel = "DIR")
    Path county;

    @Option(names = "--level", paramLabel = "LEVEL")
    RegionLevel level = RegionLevel.TOWNSHIP;

    @Mixin
    LedgerFolder ledger;

    @Override
    public Integer call() {
        Map<HouseholdId, RegionCode> villageOf = new HashMap<>();
        County folder = County.read(county);
        for (Household h : folder.households()) {
            villageOf.put(h.id(), h.village());
        }
        Map<RegionCode, CollectionRate> rates =
                ledger.receivables().collectionRates(villageOf, level, p -> covers(period, p), asOf);
        Table table = Table.of("region", "collected", "due", "percent");
        rates.forEach((region, rate) -> table.row(region, rate.collected(), rate.due(), rate.percent()));
        output.write(table, spec.commandLine().getOut(), output.wording().withNames(folder));
        return ExitCode.OK;
    }

    /** Whether a bill's period lies within the selection. */
    private static boolean covers(Period selection, Period bill) {
        return !bill.start().isBefore(selection.start()) && !bill.end().isAfter(selection.end());
    }
}
