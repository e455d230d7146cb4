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

/** A billing folder's ledger and payments, as receivables. */
final class Ledgers {

    private Ledgers() {}

    /** The folder's ledger.json and, when there is one, payments.csv (id, household, paid_on, amount, reverses). */
    static Receivables receivables(Path folder, Currency currency) {
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
