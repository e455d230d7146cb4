package org.ruralwater.cliapp.billing;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ruralwater.billing.collection.Receivables;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Arrears by age, or by household, from a billing folder's ledger and payments. */
@Command(name = "arrears", mixinStandardHelpOptions = true)
public final class ArrearsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--as-of", required = true, paramLabel = "DATE")
    LocalDate asOf;

    @Option(names = "--households")
    boolean households;

    @Mixin
    LedgerFolder ledger;

    @Override
    public Integer call() {
        Receivables r = ledger.receivables();
        Table table;
        if (households) {
            table = Table.of("household", "outstanding", "credit");
            for (Receivables.Position p : r.positions()) {
                table.row(p.household(), p.outstanding(), p.credit());
            }
        } else {
            table = Table.of("band", "outstanding");
            for (Receivables.Band b : r.ageingBands(asOf)) {
                table.row(b.name(), b.outstanding());
            }
        }
        output.write(table, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
