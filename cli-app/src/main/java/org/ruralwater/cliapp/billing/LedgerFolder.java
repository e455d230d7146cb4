package org.ruralwater.cliapp.billing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.ruralwater.billing.collection.CollectionPolicy;
import org.ruralwater.billing.collection.Payment;
import org.ruralwater.billing.collection.PaymentFile;
import org.ruralwater.billing.collection.Receivables;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A billing folder's ledger and payments, as receivables: the options the collection commands share. */
public final class LedgerFolder {

    @Option(names = "--currency", paramLabel = "CODE")
    Currency currency = Currency.getInstance("CNY");

    @Parameters(paramLabel = "FOLDER", descriptionKey = "folder")
    Path folder;

    /**
     * The folder's ledger.json and, when there is one, payments.csv (id, household, paid_on, amount, reverses),
     * both read before any problem is reported.
     *
     * @throws InvalidInputException listing every problem of both files
     */
    Receivables receivables() {
        Path ledgerFile = folder.resolve("ledger.json");
        if (!Files.exists(ledgerFile)) {
            throw new IllegalArgumentException(folder + " has no ledger.json; run `ruralwater billing run` first");
        }
        List<Problem> problems = new ArrayList<>();
        Ledger ledger = null;
        try {
            ledger = LedgerFile.read(ledgerFile);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        Path paymentsFile = CsvReader.csvOrWorkbook(folder, "payments.csv"); // or payments.xlsx
        List<Payment> payments = List.of();
        try {
            payments = Files.exists(paymentsFile) ? PaymentFile.read(paymentsFile) : List.of();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return Receivables.of(ledger, payments, CollectionPolicy.COMMON, currency);
    }
}
