package org.ruralwater.store.database;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * New rows for one table, written at once in the caller's transaction: on PostgreSQL by one {@code COPY ...
 * FROM STDIN} (CSV, streamed in chunks), on H2 by JDBC batches of {@value #H2_BATCH} rows. Keys and
 * constraints hold as for inserts: a row whose key is taken fails the whole write (SQLSTATE 23505), and the
 * transaction with it.
 *
 * <p>Values are strings, integers, longs, dates and timestamps, or null. A string is always quoted in the COPY
 * text and a null never is, so an empty string and a null stay apart.
 */
public final class BulkInsert {

    /** Rows per JDBC batch on H2: large enough that a batch's round trip no longer counts. */
    static final int H2_BATCH = 10_000;

    /** Bytes of COPY text handed to the driver at a time, so a million rows never sit in memory as text. */
    private static final int COPY_CHUNK = 1 << 20;

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
        Connection connection = h.getConnection();
        try {
            // The pool's connection wraps the driver's: PostgreSQL's is the one with a COPY API.
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection);
            } else {
                batches(connection);
            }
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        } catch (IOException e) {
            throw new BulkWriteException(table, new SQLException(e.getMessage(), "08006", e));
        }
    }

    private void copy(Connection connection) throws SQLException, IOException {
        CopyIn in = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)");
        try {
            StringBuilder text = new StringBuilder(COPY_CHUNK + 4096);
            for (@Nullable Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        text.append(',');
                    }
                    appendCsv(text, row[i]);
                }
                text.append('\n');
                if (text.length() >= COPY_CHUNK) {
                    write(in, text);
                }
            }
            write(in, text);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void write(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /** A value in COPY's CSV: null as nothing, a string always quoted (so "" is the empty string). */
    static void appendCsv(StringBuilder text, @Nullable Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            text.append('"');
            // A document's JSON is full of quotes: doubling them in place spares a copy of every body.
            int from = 0;
            for (int q = s.indexOf('"'); q >= 0; q = s.indexOf('"', q + 1)) {
                text.append(s, from, q + 1).append('"');
                from = q + 1;
            }
            text.append(s, from, s.length()).append('"');
        } else if (value instanceof Timestamp t) {
            // The column is a timestamp without zone, which JDBC binds in the JVM's zone: the same here.
            text.append(t.toLocalDateTime());
        } else if (value instanceof LocalDate || value instanceof Integer || value instanceof Long) {
            text.append(value);
        } else {
            throw new IllegalArgumentException(
                    "no COPY form for a " + value.getClass().getSimpleName());
        }
    }

    private void batches(Connection connection) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (");
        sql.append(String.join(", ", columns)).append(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i > 0 ? ", ?" : "?");
        }
        sql.append(')');
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int pending = 0;
            for (@Nullable Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(insert, i + 1, row[i]);
                }
                insert.addBatch();
                if (++pending == H2_BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement insert, int index, @Nullable Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.VARCHAR);
        } else if (value instanceof String s) {
            insert.setString(index, s);
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
