package org.ruralwater.billing.collection;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.wording.Phrase;

/**
 * A billing folder's {@code payments.csv} (id, household, paid_on, amount, reverses), read with the checks
 * across its rows that {@link Receivables#of} makes: each id once, each reversal naming a payment of the
 * file, each payment reversed once. Every problem is at its row and the column of its field, the column
 * counted as the field's place in the header, as the bill run's checks across files count it.
 */
public final class PaymentFile {

    private static final CsvReader<Payment> READER = CsvReader.forRecord(Payment.class);

    private PaymentFile() {}

    /**
     * The payments of the file.
     *
     * @throws InvalidInputException listing every problem of the file, those across its rows included
     */
    public static List<Payment> read(Path file) {
        requireNonNull(file, "file");
        List<Located<Payment>> rows = READER.readLocated(file);
        Map<String, Integer> columns = columns(file);
        List<Problem> problems = new ArrayList<>();
        Map<String, Located<Payment>> byId = new HashMap<>();
        for (Located<Payment> row : rows) {
            Located<Payment> first = byId.putIfAbsent(row.value().id(), row);
            if (first != null) {
                problems.add(problem(
                        row,
                        columns,
                        "id",
                        Phrase.of(BillingWords.PAYMENT_ONCE),
                        Phrase.of(
                                BillingWords.AGAIN_FIRST_AT,
                                Phrase.quoted(row.value().id()),
                                first.line())));
            }
        }
        Map<String, Located<Payment>> reversedBy = new HashMap<>();
        for (Located<Payment> row : rows) {
            row.value().reverses().ifPresent(r -> {
                Located<Payment> original = byId.get(r);
                if (original == null || original.value().reverses().isPresent()) {
                    problems.add(problem(
                            row, columns, "reverses", Phrase.of(BillingWords.PAYMENT_LISTED), Phrase.quoted(r)));
                } else {
                    Located<Payment> earlier = reversedBy.putIfAbsent(r, row);
                    if (earlier != null) {
                        problems.add(problem(
                                row,
                                columns,
                                "reverses",
                                Phrase.of(BillingWords.REVERSED_ONCE),
                                Phrase.of(BillingWords.AGAIN_FIRST_AT, Phrase.quoted(r), earlier.line())));
                    }
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rows.stream().map(Located::value).toList();
    }

    private static Problem problem(
            Located<Payment> row, Map<String, Integer> columns, String field, Phrase expected, Phrase found) {
        return new Problem(row.source(), row.line(), columns.getOrDefault(field, 1), field, expected, found);
    }

    /** Each column's place in the file's header row, which the reader has already found well formed. */
    private static Map<String, Integer> columns(Path file) {
        Map<String, Integer> columns = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (!l.isBlank() && !l.startsWith("#")) {
                    String[] names = l.split(",", -1);
                    for (int i = 0; i < names.length; i++) {
                        columns.putIfAbsent(names[i].replace("\"", "").strip(), i + 1);
                    }
                    break;
                }
            }
        } catch (IOException e) {
            // The reader has read the file; a column it cannot place again is at column 1.
        }
        return columns;
    }
}
