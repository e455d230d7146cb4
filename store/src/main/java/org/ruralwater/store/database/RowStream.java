package org.ruralwater.store.database;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * New rows for one table, sent to the database as they are made, in the caller's transaction: on PostgreSQL
 * into one {@code COPY ... FROM STDIN} (its text form, {@link CopyText}, handed to the driver a chunk at a time), on H2 by JDBC batches of
 * {@value #H2_BATCH} rows. Streaming lets the server store one chunk while the caller makes the next: on two
 * cores, a bill run's documents and their JSON no longer wait for each other.
 *
 * <p>{@link #finish()} ends the write. A stream closed unfinished, on the way out of a failed write, is
 * abandoned (its COPY cancelled, its last batch never sent), and the failure rolls the caller's transaction
 * back with whatever of it was sent. Keys and constraints hold as for inserts: a
 * row whose key is taken fails the write (SQLSTATE 23505) and the transaction with it.
 *
 * <p>Values are strings, text already in UTF-8 (a {@code byte[]}, such as a document's JSON written as bytes),
 * integers, longs, dates and timestamps, or null; an empty string and a null stay apart.
 */
public final class RowStream implements AutoCloseable {

    /** Rows per JDBC batch on H2: large enough that a batch's round trip no longer counts. */
    static final int H2_BATCH = 10_000;

    /** Bytes of COPY text handed to the driver at a time, so a million rows never sit in memory as text. */
    private static final int COPY_CHUNK = 1 << 20;

    private final String table;
    private final int width;
    private final @Nullable CopyIn copy;
    private final @Nullable PreparedStatement insert;
    private final CopyText text;
    private int pending;
    private boolean finished;

    private RowStream(String table, int width, @Nullable CopyIn copy, @Nullable PreparedStatement insert) {
        this.table = table;
        this.width = width;
        this.copy = copy;
        this.insert = insert;
        this.text = new CopyText(copy == null ? 0 : COPY_CHUNK + 4096);
    }

    /** A stream of rows for the table's columns, in that order, on the handle's connection. */
    public static RowStream open(Handle h, String table, List<String> columns) {
        requireNonNull(table, "table");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("rows for " + table + " need their columns");
        }
        Connection connection = h.getConnection();
        try {
            // The pool's connection wraps the driver's: PostgreSQL's is the one with a COPY API.
            if (connection.isWrapperFor(PGConnection.class)) {
                CopyIn in = connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
                return new RowStream(table, columns.size(), in, null);
            }
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (");
            sql.append(String.join(", ", columns)).append(") VALUES (");
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i > 0 ? ", ?" : "?");
            }
            sql.append(')');
            return new RowStream(table, columns.size(), null, connection.prepareStatement(sql.toString()));
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
    }

    /** Adds a row: one value per column, in the columns' order; it may reach the database at once. */
    public RowStream row(@Nullable Object... values) {
        if (values.length != width) {
            throw new IllegalArgumentException("a row of " + table + " has " + width + " values, not " + values.length);
        }
        if (finished) {
            throw new IllegalStateException("the rows for " + table + " are finished");
        }
        try {
            if (copy != null) {
                text.row(values);
                if (text.size() >= COPY_CHUNK) {
                    send(copy);
                }
            } else {
                PreparedStatement batch = requireNonNull(insert);
                for (int i = 0; i < values.length; i++) {
                    bind(batch, i + 1, values[i]);
                }
                batch.addBatch();
                if (++pending == H2_BATCH) {
                    batch.executeBatch();
                    pending = 0;
                }
            }
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
        return this;
    }

    /**
     * Ends the write: every row is in the table (within the caller's transaction).
     *
     * @throws BulkWriteException when the database refuses them (a key already taken, say)
     */
    public void finish() {
        if (finished) {
            return;
        }
        try {
            if (copy != null) {
                send(copy);
                copy.endCopy();
            } else if (pending > 0) {
                requireNonNull(insert).executeBatch();
                pending = 0;
            }
            finished = true;
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
    }

    @Override
    public void close() {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
            if (insert != null) {
                insert.close();
            }
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
    }

    private void send(CopyIn in) throws SQLException {
        in.writeToCopy(text.bytes(), 0, text.size());
        text.clear();
    }

    private static void bind(PreparedStatement insert, int index, @Nullable Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.VARCHAR);
        } else if (value instanceof String s) {
            insert.setString(index, s);
        } else if (value instanceof byte[] utf8) {
            insert.setString(index, new String(utf8, StandardCharsets.UTF_8));
        } else if (value instanceof Integer n) {
            insert.setInt(index, n);
        } else if (value instanceof Long n) {
            insert.setLong(index, n);
        } else if (value instanceof LocalDate d) {
            insert.setObject(index, d);
        } else if (value instanceof Timestamp t) {
            insert.setTimestamp(index, t);
        } else {
            throw new IllegalArgumentException(
                    "no column type for a " + value.getClass().getSimpleName());
        }
    }
}
