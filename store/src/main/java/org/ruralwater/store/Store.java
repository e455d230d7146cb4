package org.ruralwater.store;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.jdbi.v3.core.Jdbi;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.audit.AuditLog;
import org.ruralwater.store.billing.BillingRecords;
import org.ruralwater.store.collection.CollectionRecords;
import org.ruralwater.store.county.CountyRecords;
import org.ruralwater.store.database.Database;
import org.ruralwater.store.database.ScopeFilter;
import org.ruralwater.store.database.Vendor;
import org.ruralwater.store.history.HistoryRecords;
import org.ruralwater.store.maintenance.MaintenanceRecords;
import org.ruralwater.store.people.People;
import org.ruralwater.store.quality.QualityRecords;
import org.ruralwater.store.screening.ScreeningRecords;
import org.ruralwater.store.tickets.TicketRecords;

/**
 * The county's system of record on a database: county records, billing accounts, meters and readings, the
 * ledger, payments and prepaid events, and the audit log of every change. Opening a store brings its schema up
 * to date (Flyway migrations: a common set, and each database's own).
 *
 * <p>Every read and write takes the caller's {@link Scope}; every write names its {@link
 * org.ruralwater.store.access.Actor}. A store is safe to use from several threads; close it when done.
 */
public final class Store implements AutoCloseable {

    private final Location location;
    private final HikariDataSource pool;
    private final Database database;
    private final String schemaVersion;

    private Store(Location location, HikariDataSource pool, Database database, String schemaVersion) {
        this.location = location;
        this.pool = pool;
        this.database = database;
        this.schemaVersion = schemaVersion;
    }

    /** An embedded store's file size before and after {@link #compact}, in bytes. */
    public record Compacted(long before, long after) {}

    /**
     * Rewrites an embedded store's file with only its live data (its size otherwise only grows: see {@code
     * EmbeddedCompaction}). Only while no process has the store open; the data is the same after.
     *
     * @throws IllegalStateException when the store is open in a process, or there is none in the folder
     * @throws IllegalArgumentException when the location is not an embedded store (PostgreSQL's autovacuum does
     *     this work there)
     */
    public static Compacted compact(Location location) {
        requireNonNull(location, "location");
        if (location.folder().isEmpty()) {
            throw new IllegalArgumentException("only an embedded store is compacted (PostgreSQL's autovacuum"
                    + " frees its space itself), not " + location);
        }
        return EmbeddedCompaction.compact(location.folder().get());
    }

    /**
     * Opens the store, making the database (an embedded one) and bringing its schema up to date.
     *
     * @throws StoreUnavailableException when the database cannot be reached or its schema brought up to date
     */
    public static Store open(Location location) {
        requireNonNull(location, "location");
        Vendor vendor = Vendor.of(location.url());
        if (location.folder().isPresent()) {
            try {
                Files.createDirectories(location.folder().get());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the store's folder " + location, e);
            }
        }
        if (vendor == Vendor.H2 && location.folder().isPresent()) {
            try {
                EmbeddedStart.makeWhole(location.folder().get(), location.url());
            } catch (FlywayException | UncheckedIOException e) {
                throw new StoreUnavailableException(location, e);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.url());
        location.user().ifPresent(config::setUsername);
        location.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setPoolName("ruralwater-store");
        // Fail at once when the database cannot be reached, rather than after the pool's 30 s wait.
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(15_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException(location, e);
        }
        try {
            var flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration/common", vendor.migrations())
                    .loggers("slf4j")
                    // On PostgreSQL, where DDL is transactional, all pending migrations and their history rows
                    // in one transaction: a process killed while migrating leaves the schema as it was.
                    .group(vendor == Vendor.POSTGRESQL);
            if (location.schema().isPresent()) {
                flyway = flyway.schemas(location.schema().get())
                        .defaultSchema(location.schema().get())
                        .createSchemas(true);
            }
            Flyway f = flyway.load();
            f.migrate();
            MigrationInfo current = f.info().current();
            String version = current == null ? "none" : current.getVersion().toString();
            return new Store(location, pool, Database.of(Jdbi.create(pool), vendor), version);
        } catch (FlywayException | IllegalStateException e) {
            pool.close();
            throw new StoreUnavailableException(location, e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public Location location() {
        return location;
    }

    /** The county records: import a county folder, read it back, export it. */
    public CountyRecords county() {
        return CountyRecords.on(database);
    }

    /** Billing: accounts, meters, readings, the ledger, payments and prepaid events, and bill runs. */
    public BillingRecords billing() {
        return BillingRecords.on(database);
    }

    /** Water quality: samples with their verdicts and clauses, pass rates by works or region and month. */
    public QualityRecords quality() {
        return QualityRecords.on(database);
    }

    /** Problem tickets: their lifecycle as append-only events, open, overdue and zero-open counts. */
    public TicketRecords tickets() {
        return TicketRecords.on(database);
    }

    /** Work orders and patrol check-ins, and repair timeliness by region and month. */
    public MaintenanceRecords maintenance() {
        return MaintenanceRecords.on(database);
    }

    /** Safe-water screening results by village and household, and their roll-up by verdict. */
    public ScreeningRecords screening() {
        return ScreeningRecords.on(database);
    }

    /** Fee collection rates from the store's ledger and payments, by region and month. */
    public CollectionRecords collection() {
        return CollectionRecords.on(database, billing(), county());
    }

    /** A county's year of records, imported at once (what {@code ruralwater demo --history} writes). */
    public HistoryRecords history() {
        return HistoryRecords.on(database, county(), billing());
    }

    /** The platform's users: sign-in, roles and scopes, password hashes. */
    public People people() {
        return People.on(database);
    }

    /** The audit log of every change. */
    /** The database under the store, for the store's own tests of its writers. */
    Database database() {
        return database;
    }

    public AuditLog audit() {
        return AuditLog.on(database);
    }

    /** What the store holds within the scope: rows by kind, readings, documents and runs. */
    public StoreStatus status(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            var rows = ScopeFilter.bind(
                    h.createQuery("SELECT kind, COUNT(*) FROM record_row WHERE 1 = 1"
                            + ScopeFilter.and(scope, "region_code") + " GROUP BY kind ORDER BY kind"),
                    scope);
            rows.map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            counts.put("readings", count(h, "reading", scope));
            counts.put("ledger_documents", count(h, "ledger_document", scope));
            counts.put("samples", count(h, "quality_sample", scope));
            counts.put("determinations", count(h, "quality_determination", scope));
            counts.put("screening_results", count(h, "screening_result", scope));
            counts.put("tickets", count(h, "problem_ticket", scope));
            counts.put("ticket_events", count(h, "ticket_event", scope));
            counts.put("work_orders", count(h, "work_order", scope));
            counts.put("patrol_visits", count(h, "patrol_visit", scope));
            long runs = h.createQuery("SELECT COUNT(*) FROM bill_run")
                    .mapTo(Long.class)
                    .one();
            counts.put("bill_runs", runs);
            counts.put("audit_entries", count(h, "audit_entry", scope));
            return new StoreStatus(
                    location.toString(),
                    database.vendor().name().toLowerCase(java.util.Locale.ROOT),
                    schemaVersion,
                    counts);
        });
    }

    private static long count(org.jdbi.v3.core.Handle h, String table, Scope scope) {
        return ScopeFilter.bind(
                        h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE 1 = 1"
                                + ScopeFilter.and(scope, "region_code")),
                        scope)
                .mapTo(Long.class)
                .one();
    }

    @Override
    public void close() {
        pool.close();
    }
}
