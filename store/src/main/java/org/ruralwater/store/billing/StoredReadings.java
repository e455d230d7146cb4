package org.ruralwater.store.billing;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.reading.ReadingKind;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.AuditWriter;
import org.ruralwater.store.database.BulkInsert;
import org.ruralwater.store.database.RecordRows;
import org.ruralwater.store.database.ScopeFilter;

/**
 * Meter readings in the {@code reading} table, one row per meter and day, in the partition of the reading's
 * month. A reading's value is kept as written ({@code 112} and {@code 112.0} stay apart), since the volumes
 * billed keep the scale of the readings they come from.
 */
final class StoredReadings {

    /** The audit log's text of a reading: its line in {@code readings.csv}. */
    private static final RecordRows<MeterReading> LINES = RecordRows.of("readings", MeterReading.class);

    /** A reading as stored, with its region and its line in the file it came from. */
    record Stored(MeterReading reading, @Nullable String region, int position) {}

    private StoredReadings() {}

    static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    /** The stored readings of the months, by meter and day, whatever their region. */
    static Map<String, Stored> ofMonths(Handle h, Set<LocalDate> months) {
        Map<String, Stored> out = new HashMap<>();
        for (LocalDate m : months) {
            h.createQuery("SELECT meter, read_on, read_value, kind, region_code, position FROM reading"
                            + " WHERE period_start = :month")
                    .bind("month", Date.valueOf(m))
                    .map((rs, ctx) -> new Stored(reading(rs), rs.getString(5), rs.getInt(6)))
                    .forEach(s -> out.put(BillingFolder.readingKey(s.reading()), s));
        }
        return out;
    }

    /**
     * What a month's run reads: the readings of the month, and each meter's last reading in the twelve months
     * before (the start of its use in the month), within the scope, each at its line of {@code readings.csv}.
     */
    static List<Located<MeterReading>> forRun(Handle h, Scope scope, Period.Month period) {
        Date month = Date.valueOf(period.start());
        Date from = Date.valueOf(period.start().minusMonths(12));
        String scoped = ScopeFilter.and(scope, "region_code");
        Query q = h.createQuery("SELECT meter, read_on, read_value, kind, position FROM reading"
                        + " WHERE period_start = :month" + scoped
                        + " UNION ALL"
                        // Each meter's readings on its last day before the month, ranked in one pass: H2
                        // planned the join to a grouped MAX(read_on) as a subquery run again for every row
                        // (6.6 s of a 7.5 s run at 392 accounts), where a window is evaluated once.
                        + " SELECT meter, read_on, read_value, kind, position FROM"
                        + " (SELECT meter, read_on, read_value, kind, position,"
                        + " RANK() OVER (PARTITION BY meter ORDER BY read_on DESC) AS latest FROM reading"
                        + " WHERE period_start >= :from AND period_start < :month" + scoped + ") last_days"
                        + " WHERE latest = 1")
                .setFetchSize(StoredLedger.FETCH)
                .bind("month", month)
                .bind("from", from);
        return ScopeFilter.bind(q, scope)
                .map((rs, ctx) -> new Located<>(BillingFolder.READINGS, rs.getInt(5), reading(rs)))
                .list();
    }

    /** The readings of a month within the scope, by meter and day. */
    static List<MeterReading> ofMonth(Handle h, Scope scope, Period.Month period) {
        Query q = h.createQuery("SELECT meter, read_on, read_value, kind FROM reading WHERE period_start = :month"
                        + ScopeFilter.and(scope, "region_code") + " ORDER BY meter, read_on")
                .bind("month", Date.valueOf(period.start()));
        return ScopeFilter.bind(q, scope).map((rs, ctx) -> reading(rs)).list();
    }

    private static MeterReading reading(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MeterReading(
                MeterId.of(rs.getString(1)),
                rs.getDate(2).toLocalDate(),
                new BigDecimal(rs.getString(3)),
                Coded.parse(ReadingKind.class, rs.getString(4)).orElseThrow());
    }

    /**
     * Inserts the new readings and updates the changed ones, in the audit log: each update with the reading's
     * line before and after, and the new readings of a village and month together, as one entry whose after
     * value is their lines in file order (a month's readings are most of the log's rows otherwise, and nearly
     * all of them are new: one entry per reading was half of the cost of a month's import).
     */
    static RecordRows.Counts upsert(
            Handle h,
            Actor actor,
            Instant at,
            List<Located<MeterReading>> readings,
            Map<String, @Nullable String> regions,
            Map<String, Stored> existing) {
        BulkInsert insert = BulkInsert.into(
                "reading", "period_start", "meter", "read_on", "read_value", "kind", "region_code", "position");
        PreparedBatch update = h.prepareBatch("UPDATE reading SET read_value = :value, kind = :kind,"
                + " region_code = :region, position = :position"
                + " WHERE period_start = :month AND meter = :meter AND read_on = :on");
        List<AuditWriter.Entry> audit = new ArrayList<>();
        Map<List<@Nullable String>, StringBuilder> added = new LinkedHashMap<>();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (Located<MeterReading> row : readings) {
            MeterReading r = row.value();
            String key = BillingFolder.readingKey(r);
            String region = regions.get(r.meter().value());
            Stored old = existing.get(key);
            if (old == null) {
                insert.row(
                        month(r.readOn()),
                        r.meter().value(),
                        r.readOn(),
                        r.value().toPlainString(),
                        r.kind().code(),
                        region,
                        row.line());
                StringBuilder lines = added.computeIfAbsent(
                        Arrays.asList(region, month(r.readOn()).toString().substring(0, 7)), k -> new StringBuilder());
                if (!lines.isEmpty()) {
                    lines.append('\n');
                }
                lines.append(LINES.line(r));
                inserted++;
            } else if (!same(old.reading(), r) || !Objects.equals(old.region(), region)) {
                bind(update, r, region, row.line()).add();
                audit.add(new AuditWriter.Entry(
                        "update", LINES.kind(), key, region, LINES.line(old.reading()), LINES.line(r)));
                updated++;
            } else {
                unchanged++;
            }
        }
        added.forEach((where, lines) -> audit.add(
                new AuditWriter.Entry("insert", LINES.kind(), where.get(1), where.get(0), null, lines.toString())));
        insert.execute(h);
        if (updated > 0) {
            update.execute();
        }
        AuditWriter.write(h, actor, at, audit);
        return new RecordRows.Counts(inserted, updated, unchanged);
    }

    /** The same value as written (scale included) and the same kind. */
    private static boolean same(MeterReading a, MeterReading b) {
        return a.value().toPlainString().equals(b.value().toPlainString()) && a.kind() == b.kind();
    }

    private static PreparedBatch bind(PreparedBatch batch, MeterReading r, @Nullable String region, int position) {
        return batch.bind("month", Date.valueOf(month(r.readOn())))
                .bind("meter", r.meter().value())
                .bind("on", Date.valueOf(r.readOn()))
                .bind("value", r.value().toPlainString())
                .bind("kind", r.kind().code())
                .bindByType("region", region, String.class)
                .bind("position", position);
    }
}
