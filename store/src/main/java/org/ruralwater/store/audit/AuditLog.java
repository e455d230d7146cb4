package org.ruralwater.store.audit;

import static java.util.Objects.requireNonNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.AuditWriter;
import org.ruralwater.store.database.Database;
import org.ruralwater.store.database.ScopeFilter;

/** The audit log: every change to the store, oldest first, read within a scope. */
public final class AuditLog {

    private final Database database;

    private AuditLog(Database database) {
        this.database = database;
    }

    /** For the store itself. */
    public static AuditLog on(Database database) {
        return new AuditLog(requireNonNull(database, "database"));
    }

    /**
     * The number of the latest change, 0 before any: it grows with every change committed, so a reader may keep
     * what it read while the number stays the same. Changes of concurrent transactions may commit out of their
     * numbers' order, so a cache keyed by it should also age (the platform's dashboard keeps a minute at most).
     */
    public long latest() {
        return database.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM audit_entry")
                .mapTo(Long.class)
                .one());
    }

    /** The changes within the scope, oldest first. */
    public List<Change> changes(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(
                h -> List.copyOf(numbered(h, scope, "", null, null, null).values()));
    }

    /**
     * The changes of one record within the scope, oldest first. A record an import inserted with others of its
     * region is found in their entry (V76), and given as its own insert: its line alone as the after value.
     */
    public List<Change> changesOf(Scope scope, String kind, String key) {
        requireNonNull(scope, "scope");
        requireNonNull(kind, "kind");
        requireNonNull(key, "key");
        return database.withHandle(h -> {
            TreeMap<Long, Change> found = new TreeMap<>();
            found.putAll(numbered(h, scope, " AND kind = :kind AND record_key = :key", kind, key, null));
            if (found.values().stream().anyMatch(c -> c.action().equals("insert"))) {
                return List.copyOf(found.values());
            }
            // Its insert lies with the others of its region: where it lies now, or where a change put it.
            List<String> regions = new ArrayList<>(
                    h.createQuery("SELECT region_code FROM record_row WHERE kind = :kind AND record_key = :key"
                                    + " AND region_code IS NOT NULL")
                            .bind("kind", kind)
                            .bind("key", key)
                            .mapTo(String.class)
                            .list());
            found.values().forEach(c -> c.region().ifPresent(regions::add));
            Map<Long, Change> inserted = regions.isEmpty()
                    ? Map.of()
                    : insertedTogether(h, scope, kind, key, " AND region_code IN (<regions>)", regions);
            if (inserted.isEmpty()) {
                // Moved since, or never placed in a region: every such entry of the kind within the scope.
                inserted = insertedTogether(h, scope, kind, key, "", List.of());
            }
            found.putAll(inserted);
            return List.copyOf(found.values());
        });
    }

    /** The entries inserting records of the kind together that hold the key's line, as that record's insert. */
    private static Map<Long, Change> insertedTogether(
            Handle h, Scope scope, String kind, String key, String where, List<String> regions) {
        Map<Long, Change> together = numbered(
                h,
                scope,
                " AND kind = :kind AND record_key = :key AND action = 'insert'" + where,
                kind,
                AuditWriter.INSERTED_TOGETHER,
                regions);
        Map<Long, Change> out = new TreeMap<>();
        together.forEach((id, c) -> lineOf(c.after().orElse(""), key)
                .ifPresent(line -> out.put(
                        id,
                        new Change(
                                c.at(),
                                c.actor(),
                                c.action(),
                                c.kind(),
                                key,
                                c.region(),
                                Optional.empty(),
                                Optional.of(line)))));
        return out;
    }

    /** The line among {@code lines} whose first value (every record's key) is the key. */
    static Optional<String> lineOf(String lines, String key) {
        for (String line : lines.split("\n", -1)) {
            String first;
            if (line.startsWith("\"")) {
                StringBuilder value = new StringBuilder();
                int i = 1;
                while (i < line.length()) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            value.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        value.append(c);
                    }
                }
                first = value.toString();
            } else {
                int comma = line.indexOf(',');
                first = comma < 0 ? line : line.substring(0, comma);
            }
            if (first.equals(key)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    private static Map<Long, Change> numbered(
            Handle h,
            Scope scope,
            String condition,
            @Nullable String kind,
            @Nullable String key,
            @Nullable List<String> regions) {
        Query q = h.createQuery("SELECT at_time, actor, action, kind, record_key, region_code, before_value,"
                + " after_value, records, id FROM audit_entry WHERE 1 = 1"
                + ScopeFilter.and(scope, "region_code")
                + condition + " ORDER BY id");
        if (kind != null) {
            q.bind("kind", kind).bind("key", key);
        }
        if (regions != null && !regions.isEmpty()) {
            q.bindList("regions", regions);
        }
        Map<Long, Change> out = new TreeMap<>();
        ScopeFilter.bind(q, scope)
                .map((rs, ctx) -> Map.entry(rs.getLong(10), change(rs)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * A page of the changes within the scope, newest first: {@code limit} changes after skipping the {@code
     * offset} newest (a page of the platform's audit log, which must not read 80,000 entries to show 50).
     */
    public List<Change> newest(Scope scope, int offset, int limit) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> page(h, scope, "", null, null, offset, limit));
    }

    /** As {@link #newest(Scope, int, int)}, only the changes of one {@link Batch}: one actor at one instant. */
    public List<Change> newestOf(Scope scope, Instant at, String actor, int offset, int limit) {
        requireNonNull(scope, "scope");
        requireNonNull(at, "at");
        requireNonNull(actor, "actor");
        return database.withHandle(
                h -> page(h, scope, " AND at_time = :at AND actor = :actor", at, actor, offset, limit));
    }

    /** How many changes lie within the scope. */
    public long count(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> ScopeFilter.bind(
                        h.createQuery(
                                "SELECT COUNT(*) FROM audit_entry WHERE 1 = 1" + ScopeFilter.and(scope, "region_code")),
                        scope)
                .mapTo(Long.class)
                .one());
    }

    /** How many changes of one batch lie within the scope. */
    public long countOf(Scope scope, Instant at, String actor) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> ScopeFilter.bind(
                        h.createQuery("SELECT COUNT(*) FROM audit_entry WHERE at_time = :at AND actor = :actor"
                                        + ScopeFilter.and(scope, "region_code"))
                                .bind("at", Timestamp.from(at))
                                .bind("actor", actor),
                        scope)
                .mapTo(Long.class)
                .one());
    }

    /**
     * The latest {@code limit} batches of changes within the scope, newest first, each with its counts by
     * kind and action (an import history: who, when, what changed).
     */
    public List<Batch> batches(Scope scope, int limit) {
        requireNonNull(scope, "scope");
        checkLimit(0, limit);
        return database.withHandle(h -> {
            Map<Map.Entry<Instant, String>, List<Batch.Tally>> grouped = new LinkedHashMap<>();
            ScopeFilter.bind(
                            h.createQuery(
                                    "SELECT at_time, actor, kind, action, SUM(records) FROM audit_entry WHERE 1 = 1"
                                            + ScopeFilter.and(scope, "region_code")
                                            + " GROUP BY at_time, actor, kind, action ORDER BY at_time DESC, actor, kind,"
                                            + " action"),
                            scope)
                    .map((rs, ctx) -> Map.entry(
                            Map.entry(rs.getTimestamp(1).toInstant(), rs.getString(2)),
                            new Batch.Tally(rs.getString(3), rs.getString(4), rs.getLong(5))))
                    .list()
                    .stream()
                    .takeWhile(e -> grouped.size() < limit || grouped.containsKey(e.getKey()))
                    .forEach(e -> grouped.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue()));
            List<Batch> out = new ArrayList<>(grouped.size());
            grouped.forEach((k, tallies) -> out.add(new Batch(k.getKey(), k.getValue(), tallies)));
            return out;
        });
    }

    private static void checkLimit(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 1_000) {
            throw new IllegalArgumentException(
                    "a page is 1 to 1000 changes from an offset of 0 or more, not " + limit + " from " + offset);
        }
    }

    private static List<Change> page(
            Handle h,
            Scope scope,
            String condition,
            @Nullable Instant at,
            @Nullable String actor,
            int offset,
            int limit) {
        checkLimit(offset, limit);
        Query q = h.createQuery("SELECT at_time, actor, action, kind, record_key, region_code, before_value,"
                + " after_value, records FROM audit_entry WHERE 1 = 1" + ScopeFilter.and(scope, "region_code")
                + condition + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
        if (at != null) {
            q.bind("at", Timestamp.from(at)).bind("actor", actor);
        }
        return ScopeFilter.bind(q, scope)
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> change(rs))
                .list();
    }

    private static Change change(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Change(
                rs.getTimestamp(1).toInstant(),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Optional.ofNullable(rs.getString(6)),
                Optional.ofNullable(rs.getString(7)),
                Optional.ofNullable(rs.getString(8)),
                rs.getInt(9));
    }
}
