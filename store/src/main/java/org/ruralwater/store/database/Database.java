package org.ruralwater.store.database;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The store's connection to its database: transactions, and on PostgreSQL the monthly partitions of readings
 * and ledger documents, made before a transaction writes into them. Internal to the store.
 */
public final class Database {

    /** The partitioned tables, each partitioned by the first day of its row's month. */
    private static final String[] PARTITIONED = {"reading", "ledger_document"};

    private final Jdbi jdbi;
    private final Vendor vendor;

    private Database(Jdbi jdbi, Vendor vendor) {
        this.jdbi = jdbi;
        this.vendor = vendor;
    }

    public static Database of(Jdbi jdbi, Vendor vendor) {
        return new Database(requireNonNull(jdbi, "jdbi"), requireNonNull(vendor, "vendor"));
    }

    public Vendor vendor() {
        return vendor;
    }

    /** One transaction: everything the callback writes lands, or, when it throws, nothing does. */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, callback);
    }

    /**
     * Makes the monthly partitions of the months given where they are missing, in a transaction of its own. A
     * partition is made before the run that fills it and outside its transaction: making one locks the whole
     * table, and two runs of different months each making theirs inside their own transaction would wait for
     * each other. An empty partition left by a run that failed costs nothing. H2 has no partitions.
     */
    public void ensureMonths(Collection<LocalDate> monthStarts) {
        ensureMonths(monthStarts, PARTITIONED);
    }

    /** As {@link #ensureMonths(Collection)}, for the named partitioned tables (water-quality samples, say). */
    public void ensureMonths(Collection<LocalDate> monthStarts, String... tables) {
        if (vendor != Vendor.POSTGRESQL || monthStarts.isEmpty()) {
            return;
        }
        TreeSet<LocalDate> months = new TreeSet<>();
        for (LocalDate d : monthStarts) {
            months.add(d.withDayOfMonth(1));
        }
        jdbi.useTransaction(h -> {
            // One maker at a time: two processes making the same partition would otherwise collide.
            h.execute("SELECT pg_advisory_xact_lock(1751)");
            for (LocalDate m : months) {
                for (String table : tables) {
                    String name = table + "_" + m.getYear() + "_" + String.format("%02d", m.getMonthValue());
                    boolean exists = h.createQuery("SELECT to_regclass(:name) IS NOT NULL")
                            .bind("name", name)
                            .mapTo(Boolean.class)
                            .one();
                    if (!exists) {
                        h.execute("CREATE TABLE " + name + " PARTITION OF " + table + " FOR VALUES FROM ('" + m
                                + "') TO ('" + m.plusMonths(1) + "')");
                    }
                }
            }
        });
    }

    /** For a short read outside any write: a handle that is closed after the callback. */
    public <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) throws X {
        return jdbi.withHandle(callback);
    }
}
