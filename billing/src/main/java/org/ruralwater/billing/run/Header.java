package org.ruralwater.billing.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an input file, by field name: each field's number in the header row, 1-based, which is the
 * column a problem found after reading names (core's {@code Located} carries a row's line, not the positions
 * of its fields).
 *
 * <p>The names are the header core's reader read ({@code CsvReader.Reading.header()}), of a CSV file or of a
 * sheet alike; a list given without a file has the record's components in their order.
 */
final class Header {

    private Header() {}

    /** The columns in the order given, as {@code CsvWriter} writes a record's components. */
    static Map<String, Integer> inOrder(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i), i + 1);
        }
        return Map.copyOf(columns);
    }
}
