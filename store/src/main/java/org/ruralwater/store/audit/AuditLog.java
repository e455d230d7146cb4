package org.ruralwater.store.audit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;
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

    private List<Change> query(Scope scope, String condition, String kind, String key) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> {
            Query q = h.createQuery("SELECT at_time, actor, action, kind, record_key, region_code, before_value,"
                    + " after_value FROM audit_entry WHERE 1 = 1" + ScopeFilter.and(scope, "region_code")
                    + condition + " ORDER BY id");
            if (kind != null) {
                q.bind("kind", kind).bind("key", key);
            }
            return ScopeFilter.bind(q, scope)
                    .map((rs, ctx) -> new Change(
                            rs.getTimestamp(1).toInstant(),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            Optional.ofNullable(rs.getString(6)),
                            Optional.ofNullable(rs.getString(7)),
                            Optional.ofNullable(rs.getString(8))))
                    .list();
        });
    }
}
