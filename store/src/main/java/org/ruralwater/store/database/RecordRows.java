package org.ruralwater.store.database;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.CsvWriter;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;

/**
 * Records of one kind (a county file such as {@code households}, or {@code accounts}) as rows of the {@code
 * record_row} table: the record's key, the region it lies in, its line in the file it came from, and the
 * record as that file's CSV line, which core's strict reader reads back to an equal record.
 *
 * <p>A row is the text its file would hold, so an export is the import's files again and a change is a changed
 * line. The columns that queries select on (kind, key, region) are columns of their own.
 */
public final class RecordRows<T extends Record> {

    /** A row as stored. */
    public record Stored(String key, @Nullable String region, int position, String line) {}

    /** A record to store: its key, region, line in its file, and the record. */
    public record Incoming<T>(String key, @Nullable String region, int position, T record) {}

    /** A record as it lies in the store: its key, its region, and the record at its line of its file. */
    public record Placed<T>(String key, @Nullable String region, Located<T> record) {}

    /** What an upsert did. */
    public record Counts(int inserted, int updated, int unchanged) {
        public Counts plus(Counts other) {
            return new Counts(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
        }
    }

    private final String kind;
    private final String header;
    private final CsvWriter<T> writer;
    private final CsvReader<T> reader;

    private RecordRows(String kind, Class<T> type) {
        this.kind = kind;
        this.reader = CsvReader.forRecord(type);
        this.writer = CsvWriter.forRecord(type);
        this.header = String.join(",", reader.columns());
    }

    public static <T extends Record> RecordRows<T> of(String kind, Class<T> type) {
        return new RecordRows<>(kind, type);
    }

    public String kind() {
        return kind;
    }

    /** The record as its file's CSV line, without the line end. */
    public String line(T record) {
        return writer.row(record);
    }

    /** Whether the record is stored already as it is: the same line in the same region, which is no change. */
    public boolean unchanged(Incoming<T> in, @Nullable Stored old) {
        return old != null
                && java.util.Objects.equals(old.region(), in.region())
                && old.line().equals(line(in.record()));
    }

    /** Every stored row of this kind by key, whatever its region: an import must see the rows it may not touch. */
    public Map<String, Stored> all(Handle h) {
        Map<String, Stored> rows = new HashMap<>();
        h.createQuery("SELECT record_key, region_code, position, line FROM record_row WHERE kind = :kind")
                .bind("kind", kind)
                .map((rs, ctx) -> new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                .forEach(s -> rows.put(s.key(), s));
        return rows;
    }

    /** The rows within the scope, in file order. */
    public List<Stored> within(Handle h, Scope scope) {
        Query q = h.createQuery("SELECT record_key, region_code, position, line FROM record_row WHERE kind = :kind"
                        + ScopeFilter.and(scope, "region_code") + " ORDER BY position, record_key")
                .bind("kind", kind);
        return ScopeFilter.bind(q, scope)
                .map((rs, ctx) -> new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                .list();
    }

    /** The region of each stored row of this kind, by key, whatever the scope (for placing related rows). */
    public Map<String, String> regions(Handle h) {
        Map<String, String> out = new HashMap<>();
        h.createQuery("SELECT record_key, region_code FROM record_row WHERE kind = :kind AND region_code IS NOT NULL")
                .bind("kind", kind)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The stored rows read back strictly, each at its stored line of the file {@code source}. */
    public List<Located<T>> read(String source, List<Stored> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder(header.length() + rows.size() * 64);
        text.append(header).append('\n');
        for (Stored s : rows) {
            text.append(s.line()).append('\n');
        }
        List<Located<T>> read = reader.readLocated(
                source, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        List<Located<T>> out = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            out.add(new Located<>(source, rows.get(i).position(), read.get(i).value()));
        }
        return out;
    }

    /** The records within the scope, in file order, each with its key and region. */
    public List<Placed<T>> placedWithin(Handle h, Scope scope, String source) {
        List<Stored> rows = within(h, scope);
        List<Located<T>> records = read(source, rows);
        List<Placed<T>> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Placed<>(rows.get(i).key(), rows.get(i).region(), records.get(i)));
        }
        return out;
    }

    /**
     * What {@link #placedWithin} reads once {@link #upsert} has written {@code incoming} over {@code existing},
     * without reading it back: the records that came in as they are, and only the stored ones the upsert left
     * alone read from their lines. A run that imports its folder first reads nothing twice this way.
     */
    public List<Placed<T>> placedAfter(
            Scope scope, String source, Map<String, Stored> existing, List<Incoming<T>> incoming) {
        Map<String, Incoming<T>> arriving = new HashMap<>(incoming.size() * 2);
        for (Incoming<T> in : incoming) {
            arriving.put(in.key(), in);
        }
        List<Stored> kept = new ArrayList<>();
        for (Stored s : existing.values()) {
            if (!arriving.containsKey(s.key()) && scope.includes(code(s.region()))) {
                kept.add(s);
            }
        }
        List<Located<T>> keptRecords = read(source, kept);
        List<Placed<T>> out = new ArrayList<>(kept.size() + incoming.size());
        for (int i = 0; i < kept.size(); i++) {
            out.add(new Placed<>(kept.get(i).key(), kept.get(i).region(), keptRecords.get(i)));
        }
        for (Incoming<T> in : incoming) {
            if (scope.includes(code(in.region()))) {
                out.add(new Placed<>(in.key(), in.region(), new Located<>(source, in.position(), in.record())));
            }
        }
        // The order the stored rows are read in: their line in the file, then their key.
        out.sort(Comparator.comparingInt((Placed<T> p) -> p.record().line()).thenComparing(Placed::key));
        return out;
    }

    private static @Nullable RegionCode code(@Nullable String region) {
        return region == null ? null : RegionCode.parse(region);
    }

    /** The file of the rows: the header and each row's line. */
    public String file(List<Stored> rows) {
        StringBuilder text = new StringBuilder(header.length() + rows.size() * 64);
        text.append(header).append('\n');
        for (Stored s : rows) {
            text.append(s.line()).append('\n');
        }
        return text.toString();
    }

    /**
     * Inserts the new records and updates the changed ones, each change in the audit log with the line before
     * and after; an unchanged record is left alone (its place in the file is kept up to date, which is not a
     * change). The caller has checked that every record, and every stored row it replaces, is in scope.
     */
    public Counts upsert(Handle h, Actor actor, Instant at, List<Incoming<T>> incoming, Map<String, Stored> existing) {
        // New rows, the bulk of a first import, are streamed as they are made (COPY on PostgreSQL), so that the
        // database stores one chunk while the next is written; changes are rare and wait for the stream's end.
        PreparedBatch update = h.prepareBatch("UPDATE record_row SET region_code = :region, position = :position,"
                + " line = :line WHERE kind = :kind AND record_key = :key");
        PreparedBatch moved =
                h.prepareBatch("UPDATE record_row SET position = :position WHERE kind = :kind AND record_key = :key");
        List<AuditWriter.Entry> audit = new ArrayList<>();
        // New records are audited a region at once: one entry with their lines, not one each (see V76).
        Map<@Nullable String, AuditWriter.Inserted> added = new java.util.LinkedHashMap<>();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        int moves = 0;
        try (RowStream insert =
                RowStream.open(h, "record_row", List.of("kind", "record_key", "region_code", "position", "line"))) {
            for (Incoming<T> in : incoming) {
                String line = line(in.record());
                Stored old = existing.get(in.key());
                if (old == null) {
                    insert.row(kind, in.key(), in.region(), in.position(), line);
                    added.computeIfAbsent(in.region(), r -> new AuditWriter.Inserted())
                            .add(line);
                    inserted++;
                } else if (!old.line().equals(line) || !java.util.Objects.equals(old.region(), in.region())) {
                    bind(update, in, line).add();
                    audit.add(new AuditWriter.Entry("update", kind, in.key(), in.region(), old.line(), line));
                    updated++;
                } else {
                    if (old.position() != in.position()) {
                        moved.bind("kind", kind)
                                .bind("key", in.key())
                                .bind("position", in.position())
                                .add();
                        moves++;
                    }
                    unchanged++;
                }
            }
            insert.finish();
        }
        added.forEach((region, lines) -> audit.add(lines.entry(kind, AuditWriter.INSERTED_TOGETHER, region)));
        if (updated > 0) {
            update.execute();
        }
        if (moves > 0) {
            moved.execute();
        }
        AuditWriter.write(h, actor, at, audit);
        return new Counts(inserted, updated, unchanged);
    }

    private PreparedBatch bind(PreparedBatch batch, Incoming<T> in, String line) {
        return batch.bind("kind", kind)
                .bind("key", in.key())
                .bindByType("region", in.region(), String.class)
                .bind("position", in.position())
                .bind("line", line);
    }
}
