package org.ruralwater.store.billing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.BulkInsert;
import org.ruralwater.store.database.BulkWriteException;
import org.ruralwater.store.database.ScopeFilter;

/**
 * The ledger in the {@code ledger_document} table: append-only, one row per document in the partition of its
 * period's first month, keyed by that month and the document's id, so that no document can be issued twice.
 * Documents are read back in the order they were added: by the run that added them, then their place in it.
 */
final class StoredLedger {

    private StoredLedger() {}

    /** What a run reads: the documents of its period and of the twelve months before, within the scope. */
    static List<Bill> forRun(Handle h, Scope scope, Period.Month period) {
        Query q = h.createQuery("SELECT body FROM ledger_document WHERE period_start >= :from"
                        + " AND period_start <= :month" + ScopeFilter.and(scope, "region_code")
                        + " ORDER BY run_id, position")
                .bind("from", Date.valueOf(period.start().minusMonths(12)))
                .bind("month", Date.valueOf(period.start()));
        return DocumentJson.read(ScopeFilter.bind(q, scope).mapTo(String.class).list());
    }

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
        BulkInsert insert = BulkInsert.into(
                "ledger_document",
                "period_start",
                "id",
                "household",
                "kind",
                "region_code",
                "run_id",
                "position",
                "body");
        for (int i = 0; i < documents.size(); i++) {
            Bill b = documents.get(i);
            insert.row(
                    b.period().start().withDayOfMonth(1),
                    b.id(),
                    b.household().value(),
                    b.kind().code(),
                    regionOfHousehold.get(b.household().value()),
                    runId,
                    i,
                    DocumentJson.write(b));
        }
        try {
            insert.execute(h);
        } catch (BulkWriteException e) {
            if (e.isDuplicateKey()) {
                throw new AlreadyIssuedException(documents.get(0).period(), e);
            }
            throw e;
        }
    }
}
