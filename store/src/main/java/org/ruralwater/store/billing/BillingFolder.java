package org.ruralwater.store.billing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.collection.Payment;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.run.Account;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.store.wording.StoreWords;

/**
 * A billing folder's files as the store imports them: {@code accounts.csv}, {@code meters.csv} and {@code
 * readings.csv}, and {@code payments.csv} when there is one, every file read before any problem is reported.
 * A key the store holds once (a household's account, a meter, a meter's reading of a day, a payment) that a
 * file repeats is a problem at its later line, as the bill run would say.
 */
record BillingFolder(
        List<Located<Account>> accounts,
        List<Located<Meter>> meters,
        List<Located<MeterReading>> readings,
        List<Located<Payment>> payments) {

    static final String ACCOUNTS = "accounts.csv";
    static final String METERS = "meters.csv";
    static final String READINGS = "readings.csv";
    static final String PAYMENTS = "payments.csv";

    /**
     * @throws InvalidInputException listing every problem of every file
     */
    static BillingFolder read(Path folder) {
        List<Problem> problems = new ArrayList<>();
        var accounts = file(folder, ACCOUNTS, Account.class, true, problems);
        var meters = file(folder, METERS, Meter.class, true, problems);
        var readings = file(folder, READINGS, MeterReading.class, true, problems);
        var payments = file(folder, PAYMENTS, Payment.class, false, problems);
        once(
                accounts, Account.class, "household", a -> a.household().value(), problems, (k, first) -> new Phrase[] {
                    Phrase.of(BillingWords.HOUSEHOLD_ONCE), Phrase.of(BillingWords.AGAIN_FIRST_AT, k, first)
                });
        once(meters, Meter.class, "id", m -> m.id().value(), problems, (k, first) ->
                new Phrase[] {Phrase.of(BillingWords.METER_ONCE), Phrase.of(BillingWords.AGAIN_FIRST_AT, k, first)});
        once(readings, MeterReading.class, "read_on", BillingFolder::readingKey, problems, (k, first) -> {
            String[] parts = k.split("@", 2);
            return new Phrase[] {
                Phrase.of(StoreWords.ONE_READING_A_DAY), Phrase.of(StoreWords.READING_AGAIN, parts[0], parts[1], first)
            };
        });
        once(payments, Payment.class, "id", Payment::id, problems, (k, first) ->
                new Phrase[] {Phrase.of(CoreWords.UNIQUE_VALUE), Phrase.of(CoreWords.AGAIN_FIRST_AT, k, first)});
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new BillingFolder(accounts, meters, readings, payments);
    }

    static String readingKey(MeterReading r) {
        return r.meter().value() + "@" + r.readOn();
    }

    private static <T extends Record> List<Located<T>> file(
            Path folder, String name, Class<T> type, boolean required, List<Problem> problems) {
        Path file = folder.resolve(name);
        if (!required && !Files.exists(file)) {
            return List.of();
        }
        try {
            return CsvReader.forRecord(type).readLocated(file);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return List.of();
        }
    }

    private interface Again {
        Phrase[] phrases(String key, int firstLine);
    }

    private static <T extends Record> void once(
            List<Located<T>> rows,
            Class<T> type,
            String field,
            Function<T, String> key,
            List<Problem> problems,
            Again again) {
        Map<String, Integer> first = new HashMap<>(rows.size() * 2);
        int column = CsvReader.forRecord(type).columns().indexOf(field) + 1;
        for (Located<T> row : rows) {
            String k = key.apply(row.value());
            @Nullable Integer line = first.putIfAbsent(k, row.line());
            if (line != null) {
                Phrase[] p = again.phrases(k, line);
                problems.add(new Problem(row.source(), row.line(), Math.max(column, 1), field, p[0], p[1]));
            }
        }
    }
}
