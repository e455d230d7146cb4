package org.ruralwater.store.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;

/**
 * Records of one type in a table of their own: typed columns for what queries select and group on, the
 * region the scope selects on, and the record as its file's CSV line (the {@code line} column), which core's
 * strict reader reads back to an equal record. So a typed table keeps the record rows' guarantees (an export
 * is the file again, a change is a changed line in the audit log) and adds the columns the dashboard needs.
 */
public final class KeyedTable<T extends Record> {

    /** A typed column: its name, its JDBC type, and its value for a record (null for none). */
    public record Column<T>(String name, Class<?> sqlType, Function<T, @Nullable Object> value) {

        public static <T> Column<T> text(String name, Function<T, @Nullable Object> value) {
            return new Column<>(name, String.class, value);
        }

        public static <T> Column<T> integer(String name, Function<T, @Nullable Object> value) {
            return new Column<>(name, Integer.class, value);
        }

        public static <T> Column<T> bool(String name, Function<T, @Nullable Object> value) {
            return new Column<>(name, Boolean.class, value);
        }

        /** A time column from a record's {@code LocalDateTime} or {@code Optional<LocalDateTime>}. */
        public static <T> Column<T> time(String name, Function<T, @Nullable Object> value) {
            return new Column<>(name, Timestamp.class, r -> {
                Object v = value.apply(r);
                if (v instanceof Optional<?> o) {
                    v = o.orElse(null);
                }
                return v instanceof LocalDateTime t ? Timestamp.valueOf(t) : v;
            });
        }
    }

    private final String table;
    private final List<String> keyColumns;
    private final Function<T, String> key;
    private final List<Column<T>> columns;
    private final RecordRows<T> lines;
    private final Class<T> type;

    private KeyedTable(
            String table,
            String kind,
            Class<T> type,
            List<String> keyColumns,
            Function<T, String> key,
            List<Column<T>> columns) {
        this.table = table;
        this.keyColumns = List.copyOf(keyColumns);
        this.key = key;
        this.columns = List.copyOf(columns);
        this.lines = RecordRows.of(kind, type);
        this.type = type;
    }

    /**
     * @param kind the audit log's kind for the table's records
     * @param keyColumns the columns of the table's primary key, each among the columns
     * @param key the record's key as the audit log and the import's problems name it
     */
    public static <T extends Record> KeyedTable<T> of(
            String table,
            String kind,
            Class<T> type,
            List<String> keyColumns,
            Function<T, String> key,
            List<Column<T>> columns) {
        return new KeyedTable<>(table, kind, type, keyColumns, key, columns);
    }

    public String kind() {
        return lines.kind();
    }

    public String key(T record) {
        return key.apply(record);
    }

    /** Every stored row by key, whatever its region: an import must see the rows it may not touch. */
    public Map<String, RecordRows.Stored> all(Handle h, String source) {
        List<RecordRows.Stored> rows = h.createQuery(
                        "SELECT region_code, position, line FROM " + table + " ORDER BY position")
                .map((rs, ctx) -> new RecordRows.Stored("", rs.getString(1), rs.getInt(2), rs.getString(3)))
                .list();
        List<Located<T>> read = lines.read(source, rows);
        Map<String, RecordRows.Stored> out = new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            RecordRows.Stored s = rows.get(i);
            String k = key.apply(read.get(i).value());
            out.put(k, new RecordRows.Stored(k, s.region(), s.position(), s.line()));
        }
        return out;
    }

    /** The records within the scope that meet the condition ({@code AND ...} over the columns, or empty). */
    public List<T> within(Handle h, Scope scope, String condition, Map<String, Object> binds) {
        Query q = h.createQuery("SELECT region_code, position, line FROM " + table + " WHERE 1 = 1"
                + ScopeFilter.and(scope, "region_code") + condition + " ORDER BY position");
        binds.forEach(q::bind);
        List<RecordRows.Stored> rows = ScopeFilter.bind(q, scope)
                .map((rs, ctx) -> new RecordRows.Stored("", rs.getString(1), rs.getInt(2), rs.getString(3)))
                .list();
        List<T> out = new ArrayList<>(rows.size());
        lines.read(table, rows).forEach(r -> out.add(r.value()));
        return out;
    }

    /**
     * Checks a file's records against the scope and the store, and stages their upsert: a key the file gives
     * twice, and a new or changed record outside the scope (or replacing a stored row outside it), is a
     * problem at its line; a record outside the scope that the file repeats as stored is none.
     *
     * @param region where a record lies (a village, or a works' region), null when the store cannot place it
     * @param regionField the file's column that places the record, named by the scope's problems
     */
    public Staged stage(
            Handle h,
            Scope scope,
            Actor actor,
            Instant at,
            String source,
            List<Located<T>> rows,
            Function<T, @Nullable String> region,
            String regionField,
            String keyField) {
        List<String> header =
                org.ruralwater.core.datafile.CsvReader.forRecord(type).columns();
        List<org.ruralwater.core.datafile.Problem> problems =
                new ArrayList<>(ScopeProblems.once(rows, key, header.indexOf(keyField) + 1, keyField));
        Map<String, RecordRows.Stored> existing = all(h, source);
        List<RecordRows.Incoming<T>> incoming = new ArrayList<>(rows.size());
        int column = header.indexOf(regionField) + 1;
        for (Located<T> row : rows) {
            String k = key.apply(row.value());
            RecordRows.Incoming<T> in =
                    new RecordRows.Incoming<>(k, region.apply(row.value()), row.line(), row.value());
            RecordRows.Stored old = existing.get(k);
            if (!unchanged(in, old)) {
                ScopeProblems.outside(
                                scope,
                                row,
                                Math.max(column, 1),
                                regionField,
                                in.region(),
                                old == null ? null : old.region(),
                                k)
                        .ifPresent(problems::add);
            }
            incoming.add(in);
        }
        return new Staged(source, problems, () -> upsert(h, actor, at, incoming, existing));
    }

    /** Whether the record is stored already as it is (the same line in the same region), which is no change. */
    public boolean unchanged(RecordRows.Incoming<T> in, RecordRows.@Nullable Stored old) {
        return lines.unchanged(in, old);
    }

    /**
     * Inserts the new records and updates the changed ones, each change in the audit log with its line before
     * and after; an unchanged record is left alone. The caller has checked the scope.
     */
    public RecordRows.Counts upsert(
            Handle h,
            Actor actor,
            Instant at,
            List<RecordRows.Incoming<T>> incoming,
            Map<String, RecordRows.Stored> existing) {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.name()));
        names.addAll(List.of("region_code", "position", "line"));
        PreparedBatch insert = h.prepareBatch("INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (:"
                + String.join(", :", names) + ")");
        List<String> sets = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (String n : names) {
            (keyColumns.contains(n) ? where : sets).add(n + " = :" + n);
        }
        PreparedBatch update = h.prepareBatch(
                "UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE " + String.join(" AND ", where));
        List<AuditWriter.Entry> audit = new ArrayList<>();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (RecordRows.Incoming<T> in : incoming) {
            RecordRows.Stored old = existing.get(in.key());
            String line = lines.line(in.record());
            if (old == null) {
                bind(insert, in, line).add();
                audit.add(new AuditWriter.Entry("insert", kind(), in.key(), in.region(), null, line));
                inserted++;
            } else if (!old.line().equals(line) || !Objects.equals(old.region(), in.region())) {
                bind(update, in, line).add();
                audit.add(new AuditWriter.Entry("update", kind(), in.key(), in.region(), old.line(), line));
                updated++;
            } else {
                unchanged++;
            }
        }
        if (inserted > 0) {
            insert.execute();
        }
        if (updated > 0) {
            update.execute();
        }
        AuditWriter.write(h, actor, at, audit);
        return new RecordRows.Counts(inserted, updated, unchanged);
    }

    private PreparedBatch bind(PreparedBatch batch, RecordRows.Incoming<T> in, String line) {
        // Each column is bound by its own type, null or not: a batch's rows must bind the same types.
        for (Column<T> c : columns) {
            batch.bindByType(c.name(), c.value().apply(in.record()), c.sqlType());
        }
        return batch.bindByType("region_code", in.region(), String.class)
                .bind("position", in.position())
                .bind("line", line);
    }
}
