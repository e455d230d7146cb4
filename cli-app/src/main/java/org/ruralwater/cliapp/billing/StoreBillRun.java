package org.ruralwater.cliapp.billing;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.reading.MeteredUse;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.run.BillRun;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.cliapp.output.Wording;
import org.ruralwater.cliapp.store.DbOption;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.billing.AlreadyIssuedException;
import org.ruralwater.store.billing.BillingRecords;

/**
 * {@code billing run --store}: the month's bill run on the store, configured as {@code billing run} configures the
 * library's run. Given a folder, its accounts, meters and readings are imported first, in the run's
 * transaction; the documents are added to the store's ledger, never to a {@code ledger.json}.
 */
final class StoreBillRun {

    private StoreBillRun() {}

    /** Runs it and prints the documents as {@code billing run} does; returns the exit code. */
    static int run(
            @Nullable String db,
            Period.Month period,
            BillRun run,
            Tariffs tariffs,
            @Nullable Path folder,
            boolean dryRun,
            FormatOption output,
            PrintWriter out,
            PrintWriter err) {
        BillingRecords.StoredRun result;
        try (Store store = DbOption.open(db, err)) {
            result = store.billing().run(Scope.everything(), Actor.cli(), period, run, tariffs, folder, dryRun);
        } catch (AlreadyIssuedException e) {
            err.println("billing run: " + e.getMessage());
            err.flush();
            return ExitCode.BUSY;
        }
        Table table = Table.of("id", "kind", "household", "m3", "total", "estimated", "flags", "cancels");
        for (Bill b : result.result().issued()) {
            table.row(
                    b.id(),
                    b.kind().code(),
                    b.household(),
                    b.m3().toPlainString(),
                    b.total(),
                    b.estimated(),
                    String.join(";", b.flags().stream().map(f -> f.code()).toList()),
                    b.cancels().orElse(""));
        }
        output.write(table, out, output.wording());
        Wording wording = output.wording();
        RunCommand.blocked(result.result(), wording, err);
        RunCommand.issued(result.result(), dryRun ? CliWords.WOULD_BE_ISSUED : CliWords.ISSUED_TO_STORE, wording, err);
        err.flush();
        List<MeteredUse> blocked = result.result().blocked();
        return blocked.isEmpty() ? ExitCode.OK : ExitCode.FAILURES;
    }
}
