package org.ruralwater.store.audit;

import static java.util.Objects.requireNonNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.ruralwater.store.access.Scope;
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
        return query(scope, "", null, null);
    }

    /** The changes of one record within the scope, oldest first. */
    public List<Change> changesOf(Scope scope, String kind, String key) {
        return query(scope, " AND kind = :kind AND record_key = :key", requireNonNull(kind, "kind"), key);
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
                            h.createQuery("SELECT at_time, actor, kind, action, COUNT(*) FROM audit_entry WHERE 1 = 1"
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
                + " after_value FROM audit_entry WHERE 1 = 1" + ScopeFilter.and(scope, "region_code")
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
                Optional.ofNullable(rs.getString(8)));
    }

    private List<Change> query(Scope scope, String condition, String kind, String key) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> {
            Query q = h.createQuery("SELECT at_time, actor, action, kind, record_key, region_code, before_value,"
                    + " after_value FROM audit_entry WHERE 1 = 1" + ScopeFilter.and(scope, "region_code")
                    + condition + " ORDER BY id");
            if (kind != null) {
                q.bind("kind", kind).bind("key", key);
            }
            return ScopeFilter.bind(q, scope).map((rs, ctx) -> change(rs)).list();
        });
    }
}
