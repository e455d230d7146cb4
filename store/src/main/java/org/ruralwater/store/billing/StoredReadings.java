package org.ruralwater.store.billing;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.ruralwater.store.database.RecordRows;
import org.ruralwater.store.database.RowStream;
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
     * What a month's run reads: the readings of the month, and the last reading before it of each meter the
     * run's accounts bill (the start of its use in the month), within the scope, each at its line of {@code
     * readings.csv}. The last readings are looked for a month at a time, the month before first, and only as far
     * back as some meter is still missing, twelve months at most: a meter read every month costs one month's
     * partition, however long the history (ranking each meter's readings over the twelve months' partitions made
     * the twelfth month's run 1.37 times the second's).
     *
     * <p>A month {@code inHand} holds is not read: an import in the run's transaction has just written it, and
     * holds it whole (what was stored with what came in, within the scope).
     */
    static List<Located<MeterReading>> forRun(
            Handle h,
            Scope scope,
            Period.Month period,
            Set<MeterId> billed,
            Map<LocalDate, List<Located<MeterReading>>> inHand) {
        List<Located<MeterReading>> month = inHand.get(period.start());
        List<Located<MeterReading>> out =
                new ArrayList<>(month != null ? month : ofMonthLocated(h, scope, period.start()));
        Set<MeterId> missing = new HashSet<>(billed);
        for (int back = 1; back <= 12 && !missing.isEmpty(); back++) {
            LocalDate m = period.start().minusMonths(back);
            List<Located<MeterReading>> rows = inHand.get(m);
            Map<MeterId, Located<MeterReading>> last = new HashMap<>();
            for (Located<MeterReading> r : rows != null ? rows : ofMonthLocated(h, scope, m)) {
                MeterId meter = r.value().meter();
                if (missing.contains(meter)) {
                    Located<MeterReading> had = last.get(meter);
                    if (had == null || had.value().readOn().isBefore(r.value().readOn())) {
                        last.put(meter, r);
                    }
                }
            }
            out.addAll(last.values());
            missing.removeAll(last.keySet());
        }
        return out;
    }

    /** The readings of a month within the scope, each at its line of {@code readings.csv}, in no order. */
    private static List<Located<MeterReading>> ofMonthLocated(Handle h, Scope scope, LocalDate month) {
        Query q = h.createQuery("SELECT meter, read_on, read_value, kind, position FROM reading"
                        + " WHERE period_start = :month" + ScopeFilter.and(scope, "region_code"))
                .setFetchSize(StoredLedger.FETCH)
                .bind("month", Date.valueOf(month));
        return ScopeFilter.bind(q, scope)
                .map((rs, ctx) -> new Located<>(BillingFolder.READINGS, rs.getInt(5), reading(rs)))
                .list();
    }

    /**
     * The months an import holds whole once it has written {@code incoming} over {@code stored} (every stored
     * reading of those months, whatever its region): each month's readings within the scope, the incoming ones
     * in place of those they replace, each at its line.
     */
    static Map<LocalDate, List<Located<MeterReading>>> inHand(
            Scope scope,
            Set<LocalDate> months,
            Map<String, Stored> stored,
            List<Located<MeterReading>> incoming,
            Map<String, @Nullable String> regions) {
        Map<String, Boolean> inScope = new HashMap<>();
        java.util.function.Predicate<@Nullable String> within = region -> region == null
                ? scope.includes(null)
                : inScope.computeIfAbsent(region, r -> scope.includes(org.ruralwater.core.region.RegionCode.parse(r)));
        Map<LocalDate, List<Located<MeterReading>>> out = new HashMap<>();
        for (LocalDate m : months) {
            out.put(m, new ArrayList<>());
        }
        // A folder holds one reading a meter a day (BillingFolder checks it), so the incoming readings are taken
        // as they are; keys are made only to leave out the stored readings they replace, when there are any.
        Set<String> arriving = stored.isEmpty() ? Set.of() : new HashSet<>(incoming.size() * 2);
        for (Located<MeterReading> r : incoming) {
            if (!stored.isEmpty()) {
                arriving.add(BillingFolder.readingKey(r.value()));
            }
            if (within.test(regions.get(r.value().meter().value()))) {
                out.get(month(r.value().readOn())).add(new Located<>(BillingFolder.READINGS, r.line(), r.value()));
            }
        }
        for (Stored s : stored.values()) {
            if (within.test(s.region()) && !arriving.contains(BillingFolder.readingKey(s.reading()))) {
                out.get(month(s.reading().readOn()))
                        .add(new Located<>(BillingFolder.READINGS, s.position(), s.reading()));
            }
        }
        return out;
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
        PreparedBatch update = h.prepareBatch("UPDATE reading SET read_value = :value, kind = :kind,"
                + " region_code = :region, position = :position"
                + " WHERE period_start = :month AND meter = :meter AND read_on = :on");
        List<AuditWriter.Entry> audit = new ArrayList<>();
        Map<Where, AuditWriter.Inserted> added = new LinkedHashMap<>();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        // New readings are streamed to the database as they are made (see RecordRows.upsert); updates wait.
        try (RowStream insert = RowStream.open(
                h,
                "reading",
                List.of("period_start", "meter", "read_on", "read_value", "kind", "region_code", "position"))) {
            for (Located<MeterReading> row : readings) {
                MeterReading r = row.value();
                String region = regions.get(r.meter().value());
                // A new month has nothing stored yet: no key to make for each of its readings.
                String key = existing.isEmpty() ? null : BillingFolder.readingKey(r);
                Stored old = key == null ? null : existing.get(key);
                if (old == null) {
                    insert.row(
                            month(r.readOn()),
                            r.meter().value(),
                            r.readOn(),
                            r.value().toPlainString(),
                            r.kind().code(),
                            region,
                            row.line());
                    added.computeIfAbsent(new Where(region, month(r.readOn())), k -> new AuditWriter.Inserted())
                            .add(LINES.line(r));
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
            insert.finish();
        }
        added.forEach((where, lines) ->
                audit.add(lines.entry(LINES.kind(), where.month().toString().substring(0, 7), where.region())));
        if (updated > 0) {
            update.execute();
        }
        AuditWriter.write(h, actor, at, audit);
        return new RecordRows.Counts(inserted, updated, unchanged);
    }

    /** Where new readings are audited together: their region and month. */
    private record Where(@Nullable String region, LocalDate month) {}

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
