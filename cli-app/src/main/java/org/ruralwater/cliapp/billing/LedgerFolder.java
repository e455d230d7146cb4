package org.ruralwater.cliapp.billing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import org.ruralwater.billing.collection.CollectionPolicy;
import org.ruralwater.billing.collection.Payment;
import org.ruralwater.billing.collection.Receivables;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.core.datafile.CsvReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A billing folder's ledger and payments, as receivables: the options the collection commands share. */
public final class LedgerFolder {

    @Option(
            names = "--currency",
            paramLabel = "CODE",
            description = "the ledger's currency (default: ${DEFAULT-VALUE})")
    Currency currency = Currency.getInstance("CNY");

    @Parameters(paramLabel = "FOLDER", description = "a billing folder with ledger.json and payments.csv")
    Path folder;

    /** The folder's ledger.json and, when there is one, payments.csv (id, household, paid_on, amount, reverses). */
    Receivables receivables() {
        Path ledger = folder.resolve("ledger.json");
        if (!Files.exists(ledger)) {
            throw new IllegalArgumentException(folder + " has no ledger.json; run `ruralwater billing run` first");
        }
        Path paymentsFile = folder.resolve("payments.csv");
        List<Payment> payments =
                Files.exists(paymentsFile) ? CsvReader.forRecord(Payment.class).read(paymentsFile) : List.of();
        return Receivables.of(Ledger.of(LedgerFile.read(ledger)), payments, CollectionPolicy.COMMON, currency);
    }
}
