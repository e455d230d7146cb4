package org.ruralwater.store.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;
import org.ruralwater.store.access.Actor;

/** Writes the audit log's entries, in the transaction of the change they describe. */
public final class AuditWriter {

    /** One change: what ({@code kind} and key), where, and the row's text before and after. */
    public record Entry(
            String action,
            String kind,
            String key,
            @Nullable String region,
            @Nullable String before,
            @Nullable String after) {}

    private AuditWriter() {}

    public static void write(Handle h, Actor actor, Instant at, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO audit_entry (at_time, actor, action, kind, record_key,"
                + " region_code, before_value, after_value) VALUES (:at, :actor, :action, :kind, :key, :region,"
                + " :before, :after)");
        Timestamp time = Timestamp.from(at);
        for (Entry e : entries) {
            batch.bind("at", time)
                    .bind("actor", actor.name())
                    .bind("action", e.action())
                    .bind("kind", e.kind())
                    .bind("key", e.key())
                    .bindByType("region", e.region(), String.class)
                    .bindByType("before", e.before(), String.class)
                    .bindByType("after", e.after(), String.class)
                    .add();
        }
        batch.execute();
    }
}
