package org.ruralwater.cliapp.billing;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.reading.MeteredUse;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.run.BillRun;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.Format;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.cliapp.store.DbOption;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.money.Money;
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
            Format format,
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
        table.write(format, out);
        List<MeteredUse> blocked = result.result().blocked();
        for (MeteredUse u : blocked) {
            err.println("blocked: " + u.household() + ": "
                    + String.join(
                            "; ",
                            u.anomalies().stream()
                                    .map(x -> x.code().code() + " (meter " + x.meter() + ", " + x.readOn() + "): "
                                            + x.message())
                                    .toList()));
        }
        err.println(result.result().issued().size() + " documents "
                + (dryRun ? "would be issued (dry run)" : "issued to the store") + ", " + blocked.size()
                + " households blocked; subsidies by fund: "
                + funds(result.result().subsidiesByFund()));
        err.flush();
        return blocked.isEmpty() ? ExitCode.OK : ExitCode.FAILURES;
    }

    private static String funds(Map<String, Money> byFund) {
        if (byFund.isEmpty()) {
            return "none";
        }
        return String.join(
                ", ",
                new TreeMap<>(byFund)
                        .entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .toList());
    }
}
