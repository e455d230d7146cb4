package org.ruralwater.webapp.register;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.webapp.record.RecordText;

/**
 * What an edit form sends, read exactly as a row of the register's county file is: core's strict reader
 * parses each value, checks its physical domain ({@code @Within}) and lets the record refuse what it
 * refuses, so a form accepts nothing a file would not, and every problem names its column.
 */
final class RecordForm {

    /** The record read, or the problems that stopped it. */
    record Outcome(Optional<Record> record, List<Problem> problems) {}

    private RecordForm() {}

    /** Reads the values, one per column of the register in the register's column order. */
    static Outcome read(RegisterKind kind, List<String> values) {
        if (values.size() != kind.columns().size()) {
            throw new IllegalArgumentException(
                    kind + " has " + kind.columns().size() + " columns, not " + values.size());
        }
        String text = RecordText.join(kind.columns()) + "\n" + RecordText.join(values) + "\n";
        try {
            List<? extends Record> read = CsvReader.forRecord(kind.type())
                    .read(kind.file().fileName(), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            return new Outcome(Optional.of(read.get(0)), List.of());
        } catch (InvalidInputException e) {
            return new Outcome(Optional.empty(), e.problems());
        }
    }
}
