package org.ruralwater.cliapp.billing;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ruralwater.billing.collection.Receivables;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.money.Money;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Arrears by age, or by household, from a billing folder's ledger and payments. */
@Command(
        name = "arrears",
        mixinStandardHelpOptions = true,
        description = {
            "What is owed as of a day, by band of days past due (current, 1-30, 31-60, 61-90, over 90), or with",
            "--households one row per household with its outstanding amount. Payments are allocated oldest bill",
            "first; overpayment is held as credit. Reads the folder's ledger.json and payments.csv (id,",
            "household, paid_on, amount such as \"CNY 30.00\", reverses)."
        },
        footer = {"", "Example:", "  ruralwater billing arrears --as-of 2015-09-30 county-billing/"})
public final class ArrearsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the day")
    LocalDate asOf;

    @Option(names = "--households", description = "one row per household instead of by age")
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
            for (Map.Entry<String, Money> e : r.ageing(asOf).entrySet()) {
                table.row(e.getKey(), e.getValue());
            }
        }
        output.write(table, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
