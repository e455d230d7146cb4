package org.ruralwater.store.billing;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.billing.run.VolumeHistory;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.BulkWriteException;
import org.ruralwater.store.database.RowStream;
import org.ruralwater.store.database.ScopeFilter;
import org.ruralwater.store.database.Vendor;

/**
 * The ledger in the {@code ledger_document} table: append-only, one row per document in the partition of its
 * period's first month, keyed by that month and the document's id, so that no document can be issued twice.
 * Documents are read back in the order they were added: by the run that added them, then their place in it.
 */
final class StoredLedger {

    /** Documents whose JSON is written at once, across the cores, while the database stores the ones before. */
    private static final int JSON_SLICE = 2_000;

    /**
     * Rows fetched at a time from a run's reads. PostgreSQL's driver otherwise reads a whole result into its own
     * buffers before the first row is mapped (a fetch size streams only inside a transaction, which a run is):
     * a year's 2.1 million volume summaries for 200,000 households sat there beside the run's own objects.
     */
    static final int FETCH = 10_000;

    private StoredLedger() {}

    /**
     * What a run reads: the documents of its month whole, and of the twelve months before only the volumes in
     * force, household by household (see {@link #earlier}), within the scope.
     */
    static Ledger forRun(Handle h, Vendor vendor, Scope scope, Period.Month period) {
        VolumeHistory before = earlier(h, vendor, scope, period);
        Query q = h.createQuery("SELECT body FROM ledger_document WHERE period_start = :month"
                        + ScopeFilter.and(scope, "region_code") + " ORDER BY run_id, position")
                .setFetchSize(FETCH)
                .bind("month", Date.valueOf(period.start()));
        return Ledger.of(DocumentJson.read(
                        ScopeFilter.bind(q, scope).mapTo(String.class).list()))
                .withVolumesBefore(before);
    }

    /**
     * The volumes in force of the twelve months before the period's, which is all a run reads of a month not its
     * own (the high/low checks and the yearly allowance): read from each document's small columns (kind,
     * household, period, volume; V31) in ledger order, and kept as billing's {@link VolumeHistory}, a few arrays
     * a household. A year of documents as objects was 2.1 million of them for 200,000 households, about 600 MB
     * while the run held them. A document stored before the summary columns is read from its body; from the
     * first such document on, the rest wait for the bodies, so that the history still takes them in order.
     *
     * <p>On PostgreSQL the rows are first read as the partitions hold them, without {@code ORDER BY}: sorting a
     * year's 2.1 million rows spilled to disk and was more than half of the read (2.3 s against 1.0 s, measured
     * with plain JDBC). Only the order within a month matters (a document lies in its period's partition, and a
     * credit note cancels an invoice of its own period), and an append-only partition is read in the order it
     * was written unless something moved its rows; so while each partition's rows come in ledger order they are
     * taken at once, and at the first that does not, the history is read again in order.
     */
    private static VolumeHistory earlier(Handle h, Vendor vendor, Scope scope, Period.Month period) {
        if (vendor == Vendor.POSTGRESQL) {
            // One reader, so that the partitions' rows come in their own order (a parallel scan interleaves them).
            h.execute("SET LOCAL max_parallel_workers_per_gather = 0");
            VolumeHistory asStored = earlier(h, scope, period, false);
            if (asStored != null) {
                return asStored;
            }
        }
        return java.util.Objects.requireNonNull(earlier(h, scope, period, true));
    }

    /** The history read in ledger order, or as stored: then null at the first row out of its month's order. */
    private static @Nullable VolumeHistory earlier(Handle h, Scope scope, Period.Month period, boolean ordered) {
        Query q = h.createQuery("SELECT kind, household, bill_period, m3,"
                        + " CASE WHEN m3 IS NULL THEN body END, period_start, run_id, position FROM ledger_document"
                        + " WHERE period_start >= :from AND period_start < :month"
                        + ScopeFilter.and(scope, "region_code") + (ordered ? " ORDER BY run_id, position" : ""))
                .setFetchSize(FETCH)
                .bind("from", Date.valueOf(period.start().minusMonths(12)))
                .bind("month", Date.valueOf(period.start()));
        VolumeHistory.Builder history = VolumeHistory.builder();
        // The values a year repeats are shared: a household appears once a month, a volume is one of a few
        // hundred, a period one of twelve.
        Map<String, Period> periods = new HashMap<>();
        Map<String, HouseholdId> households = new HashMap<>();
        Map<String, BigDecimal> volumes = new HashMap<>();
        // Rows from the first one without summary columns on wait, in order, for the bodies to be read.
        List<Late> late = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        MonthOrder order = new MonthOrder();
        var rows = ScopeFilter.bind(q, scope).map((rs, ctx) -> {
            if (!ordered && !order.follows(rs.getObject(6), rs.getLong(7), rs.getLong(8))) {
                return Boolean.FALSE;
            }
            String m3 = rs.getString(4);
            if (m3 == null) {
                late.add(new Late(bodies.size(), null));
                bodies.add(rs.getString(5));
                return Boolean.TRUE;
            }
            Bill.Kind kind = Coded.parse(Bill.Kind.class, rs.getString(1)).orElseThrow();
            Summary summary = new Summary(
                    kind,
                    households.computeIfAbsent(rs.getString(2), HouseholdId::of),
                    periods.computeIfAbsent(rs.getString(3), Period::parse),
                    volumes.computeIfAbsent(m3, BigDecimal::new));
            if (late.isEmpty()) {
                summary.addTo(history);
            } else {
                late.add(new Late(-1, summary));
            }
            return Boolean.TRUE;
        });
        try (var iterator = rows.iterator()) {
            while (iterator.hasNext()) {
                if (!iterator.next()) {
                    return null;
                }
            }
        }
        if (!late.isEmpty()) {
            if (!ordered) {
                // Documents from before V31, rare and only in an old store: read them in order.
                return null;
            }
            List<Bill> read = DocumentJson.read(bodies);
            for (Late row : late) {
                Summary s = row.summary() != null ? row.summary() : Summary.of(read.get(row.body()));
                s.addTo(history);
            }
        }
        return history.build();
    }

    /**
     * Whether rows read as a table holds them come in ledger order within each month: the run that added a row,
     * then its place in that run, never going back while the month stays the same.
     */
    static final class MonthOrder {
        private @Nullable Object month;
        private long run;
        private long position;

        /** Whether the row follows the one before in ledger order, or begins another month. */
        boolean follows(Object month, long run, long position) {
            boolean follows =
                    !month.equals(this.month) || run > this.run || (run == this.run && position > this.position);
            this.month = month;
            this.run = run;
            this.position = position;
            return follows;
        }
    }

    /** What the volume history takes of a document. */
    private record Summary(Bill.Kind kind, HouseholdId household, Period period, BigDecimal m3) {
        static Summary of(Bill b) {
            return new Summary(b.kind(), b.household(), b.period(), b.m3());
        }

        void addTo(VolumeHistory.Builder history) {
            history.add(kind, household, period, m3);
        }
    }

    /** A row read after the first without summary columns: the index of its body, or its summary. */
    private record Late(int body, @Nullable Summary summary) {}

    /** The whole ledger within the scope, in order. */
    static List<Bill> all(Handle h, Scope scope) {
        Query q = h.createQuery("SELECT body FROM ledger_document WHERE 1 = 1" + ScopeFilter.and(scope, "region_code")
                + " ORDER BY run_id, position");
        return DocumentJson.read(ScopeFilter.bind(q, scope).mapTo(String.class).list());
    }

    /** The body of every stored document, by id, whatever its region (for an import of a ledger file). */
    static Map<String, String> bodies(Handle h) {
        Map<String, String> out = new HashMap<>();
        h.createQuery("SELECT id, body FROM ledger_document")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Records a run (or a ledger import) that adds documents, and returns its id. */
    static long run(Handle h, LocalDate periodStart, Actor actor, Instant at, String scope, int documents) {
        return h.createUpdate("INSERT INTO bill_run (period_start, run_at, actor, scope, documents)"
                        + " VALUES (:month, :at, :actor, :scope, :documents)")
                .bind("month", Date.valueOf(periodStart))
                .bind("at", Timestamp.from(at))
                .bind("actor", actor.name())
                .bind("scope", scope)
                .bind("documents", documents)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /**
     * Appends the documents of a run, in order.
     *
     * @throws AlreadyIssuedException when another run has issued one of them first (its key is taken)
     */
    static void append(Handle h, long runId, List<Bill> documents, Map<String, @Nullable String> regionOfHousehold) {
        try (RowStream insert = RowStream.open(
                h,
                "ledger_document",
                List.of(
                        "period_start",
                        "id",
                        "household",
                        "kind",
                        "region_code",
                        "run_id",
                        "position",
                        "body",
                        "bill_period",
                        "m3",
                        "cancels"))) {
            // Each document's JSON is most of a run's own work on the way to the database: a slice of them is
            // written on every core while the database stores the slice before.
            for (int from = 0; from < documents.size(); from += JSON_SLICE) {
                List<Bill> slice = documents.subList(from, Math.min(documents.size(), from + JSON_SLICE));
                List<byte[]> bodies =
                        slice.parallelStream().map(DocumentJson::utf8).toList();
                for (int j = 0; j < slice.size(); j++) {
                    Bill b = slice.get(j);
                    insert.row(
                            b.period().start().withDayOfMonth(1),
                            b.id(),
                            b.household().value(),
                            b.kind().code(),
                            regionOfHousehold.get(b.household().value()),
                            runId,
                            from + j,
                            bodies.get(j),
                            b.period().toString(),
                            b.m3().toPlainString(),
                            b.cancels().orElse(null));
                }
            }
            insert.finish();
        } catch (BulkWriteException e) {
            if (e.isDuplicateKey()) {
                throw new AlreadyIssuedException(documents.get(0).period(), e);
            }
            throw e;
        }
    }
}
