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

    /**
     * The lines of the rows one write inserts together into one region (an import's new records of a kind, or
     * its new readings of a month), in order: one entry holds them all and their number.
     */
    public static final class Inserted {
        private final StringBuilder lines = new StringBuilder();
        private int records;

        public void add(String line) {
            if (records++ > 0) {
                lines.append('\n');
            }
            lines.append(line);
        }

        /** Their entry, under {@code key}: {@link #INSERTED_TOGETHER} for records, a month for readings. */
        public Entry entry(String kind, String key, @Nullable String region) {
            return new Entry("insert", kind, key, region, null, lines.toString(), records);
        }
    }

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
