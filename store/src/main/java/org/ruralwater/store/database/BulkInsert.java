package org.ruralwater.store.database;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * New rows for one table, written at once in the caller's transaction: on PostgreSQL by one {@code COPY ...
 * FROM STDIN} (streamed in chunks), on H2 by JDBC batches ({@link RowStream}, which a writer of many rows
 * uses directly to send them as they are made). Keys and
 * constraints hold as for inserts: a row whose key is taken fails the whole write (SQLSTATE 23505), and the
 * transaction with it.
 *
 * <p>Values are as {@link RowStream} takes them; an empty string and a null stay apart.
 */
public final class BulkInsert {

    private final String table;
    private final List<String> columns;
    private final List<@Nullable Object[]> rows = new ArrayList<>();

    private BulkInsert(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    /** Rows for the table's columns, in that order. */
    public static BulkInsert into(String table, String... columns) {
        requireNonNull(table, "table");
        if (columns.length == 0) {
            throw new IllegalArgumentException("a bulk insert into " + table + " needs its columns");
        }
        return new BulkInsert(table, List.of(columns));
    }

    /** Adds a row: one value per column, in the columns' order. */
    public BulkInsert row(@Nullable Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    "a row of " + table + " has " + columns.size() + " values, not " + values.length);
        }
        rows.add(values);
        return this;
    }

    public int size() {
        return rows.size();
    }

    /**
     * Writes the rows in the handle's transaction.
     *
     * @throws BulkWriteException when the database refuses them (a key already taken, say); none is written
     */
    public void execute(Handle h) {
        if (rows.isEmpty()) {
            return;
        }
        try (RowStream stream = RowStream.open(h, table, columns)) {
            for (@Nullable Object[] row : rows) {
                stream.row(row);
            }
            stream.finish();
        }
    }
}
