package org.ruralwater.store.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.ruralwater.store.access.Actor;

/**
 * Writes the audit log's entries, in the transaction of the change they describe: all of a write's entries at
 * once (one COPY on PostgreSQL, large batches on H2), not a statement per entry.
 */
public final class AuditWriter {

    /**
     * One change: what ({@code kind} and key), where, and the row's text before and after; or the insert of
     * {@code records} rows of a kind into one region at once, their lines in order as the after value.
     */
    public record Entry(
            String action,
            String kind,
            String key,
            @Nullable String region,
            @Nullable String before,
            @Nullable String after,
            int records) {

        /** A change of one record. */
        public Entry(
                String action,
                String kind,
                String key,
                @Nullable String region,
                @Nullable String before,
                @Nullable String after) {
            this(action, kind, key, region, before, after, 1);
        }
    }

    /** The key of an entry that inserts several records into one region: no record's key. */
    public static final String INSERTED_TOGETHER = org.ruralwater.store.audit.Change.TOGETHER;

    private AuditWriter() {}

    public static void write(Handle h, Actor actor, Instant at, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        BulkInsert rows = BulkInsert.into(
                "audit_entry",
                "at_time",
                "actor",
                "action",
                "kind",
                "record_key",
                "region_code",
                "before_value",
                "after_value",
                "records");
        Timestamp time = Timestamp.from(at);
        String who = actor.name();
        for (Entry e : entries) {
            rows.row(time, who, e.action(), e.kind(), e.key(), e.region(), e.before(), e.after(), e.records());
        }
        rows.execute(h);
    }
}
