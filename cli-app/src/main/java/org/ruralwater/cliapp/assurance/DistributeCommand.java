package org.ruralwater.cliapp.assurance;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ruralwater.assurance.emergency.DistributionPlan;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Shares a short day's water among villages (配水方案). */
@Command(name = "distribute", mixinStandardHelpOptions = true)
public final class DistributeCommand implements Callable<Integer> {

    /** One row of the villages file. */
    public record Village(RegionCode village, long people) {}

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--available", required = true, paramLabel = "M3")
    BigDecimal available;

    @Option(names = "--minimum", paramLabel = "L")
    BigDecimal minimum = new BigDecimal("7.5");

    @Option(names = "--target", paramLabel = "L")
    BigDecimal target = new BigDecimal("35");

    @Option(names = "--villages", required = true, paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        Map<RegionCode, Long> people = new LinkedHashMap<>();
        for (Village v : CsvReader.forRecord(Village.class).read(file)) {
            if (people.put(v.village(), v.people()) != null) {
                throw new IllegalArgumentException(file.getFileName() + " lists village " + v.village() + " twice");
            }
        }
        BigDecimal litres = available.multiply(BigDecimal.valueOf(1000));
        if (litres.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("--available is in m³ to the litre, but " + available + " is finer");
        }
        DistributionPlan plan = DistributionPlan.of(people, litres.longValueExact(), minimum, target);
        Table table = Table.of("village", "people", "litres", "litres_per_person", "reaches_minimum");
        for (DistributionPlan.Line l : plan.lines()) {
            table.row(l.village(), l.people(), l.litres(), l.litresPerPerson(), l.reachesMinimum());
        }
        output.write(table, spec.commandLine().getOut());
        spec.commandLine()
                .getErr()
                .println(output.wording().say(Phrase.of(CliWords.NOT_HANDED_OUT, plan.why(), plan.unallocated())));
        spec.commandLine().getErr().flush();
        return ExitCode.OK;
    }
}
