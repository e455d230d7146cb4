package org.ruralwater.store.billing;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.collection.Payment;
import org.ruralwater.billing.prepaid.PrepaidEvent;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.run.Account;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.run.BillRun;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.billing.run.RunInput;
import org.ruralwater.billing.run.RunResult;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.AuditWriter;
import org.ruralwater.store.database.Database;
import org.ruralwater.store.database.RecordRows;
import org.ruralwater.store.database.ScopeFilter;
import org.ruralwater.store.wording.StoreWords;

/**
 * Billing in the store: accounts, the meter register, readings, the ledger, payments and prepaid events, and
 * bill runs over them.
 *
 * <p>A bill run is the billing library's own {@link BillRun}, given what it needs from the store and nothing
 * more: the accounts and meters within the scope, the month's readings and each meter's last reading before,
 * and the documents of the month and the twelve before it (what the run's checks and allowances look back
 * over). So its cost grows with the month's work, not with the ledger's history. The run and the documents it
 * issues are one transaction; a document's key (its month and id) makes a double issue impossible, and a run
 * of a month already billed issues nothing.
 *
 * <p>Accounts, meters, readings and payments lie in their household's village when a county record names the
 * household, and in no region otherwise (only the whole store's scope reaches them).
 */
public final class BillingRecords {

    static final RecordRows<Account> ACCOUNTS = RecordRows.of("accounts", Account.class);
    static final RecordRows<Meter> METERS = RecordRows.of("meters", Meter.class);
    static final RecordRows<Payment> PAYMENTS = RecordRows.of("payments", Payment.class);
    private static final RecordRows<Household> HOUSEHOLDS = RecordRows.of("households", Household.class);

    /** What an import did: records inserted, updated and left unchanged, over every file. */
    public record Imported(int inserted, int updated, int unchanged) {
        static Imported of(RecordRows.Counts c) {
            return new Imported(c.inserted(), c.updated(), c.unchanged());
        }
    }

    /**
     * What a run did: the library's result, and whether its documents were stored (not on a dry run, and not
     * when it issued none).
     */
    public record StoredRun(RunResult result, boolean stored) {
        public StoredRun {
            requireNonNull(result, "result");
        }
    }

    private final Database database;

    private BillingRecords(Database database) {
        this.database = database;
    }

    /** For the store itself. */
    public static BillingRecords on(Database database) {
        return new BillingRecords(requireNonNull(database, "database"));
    }

    /**
     * Imports a billing folder's accounts, meters, readings and payments, all or nothing: a new record is an
     * insert, a changed one an update, each in the audit log; the same folder again changes nothing.
     *
     * @throws InvalidInputException listing every problem of every file, or every record outside the scope
     */
    public Imported importFolder(Scope scope, Actor actor, Path folder) {
        requireNonNull(scope, "scope");
        requireNonNull(actor, "actor");
        BillingFolder files = BillingFolder.read(requireNonNull(folder, "folder"));
        database.ensureMonths(months(files.readings()));
        return database.inTransaction(h ->
                Imported.of(importRows(h, scope, actor, Instant.now(), files).counts()));
    }

    /**
     * Bills the month on the store: within the scope, with the library's run as the caller configured it.
     * Given a billing folder, the run first imports its accounts, meters, readings and payments, in the same
     * transaction; on a dry run nothing is kept, the import included.
     *
     * @throws InvalidInputException listing every problem of the folder or of the run; nothing is written then
     * @throws AlreadyIssuedException when a run of the same month by someone else landed first
     */
    public StoredRun run(
            Scope scope, Actor actor, Period.Month period, BillRun run, @Nullable Path folder, boolean dryRun) {
        return run(scope, actor, period, run, null, folder, dryRun);
    }

    /**
     * Bills the month on the store as {@link #run(Scope, Actor, Period.Month, BillRun, Path, boolean)} does, and
     * keeps the tariffs in use: each version of {@code tariffs} in force during the month that a document names
     * (the tariffs the run was configured with), by id and the hash of its content, in the run's transaction;
     * {@link #pricedBy} reads them back.
     *
     * @throws InvalidInputException listing every problem of the folder or of the run; nothing is written then
     * @throws AlreadyIssuedException when a run of the same month by someone else landed first
     */
    public StoredRun run(
            Scope scope,
            Actor actor,
            Period.Month period,
            BillRun run,
            @Nullable Tariffs tariffs,
            @Nullable Path folder,
            boolean dryRun) {
        requireNonNull(scope, "scope");
        requireNonNull(actor, "actor");
        requireNonNull(period, "period");
        requireNonNull(run, "run");
        BillingFolder files = folder == null ? null : BillingFolder.read(folder);
        Set<LocalDate> months = new TreeSet<>();
        months.add(period.start());
        if (files != null) {
            months.addAll(months(files.readings()));
        }
        // A dry run imports the folder too (and rolls it back): its months need their partitions as well.
        database.ensureMonths(months);
        try {
            return database.inTransaction(h -> {
                Instant at = Instant.now();
                Folded folded = files == null ? null : importRows(h, scope, actor, at, files);
                List<RecordRows.Placed<Account>> placed = folded == null
                        ? ACCOUNTS.placedWithin(h, scope, BillingFolder.ACCOUNTS)
                        : ACCOUNTS.placedAfter(scope, BillingFolder.ACCOUNTS, folded.accounts(), folded.accountRows());
                List<Located<Account>> accounts = new ArrayList<>(placed.size());
                Map<String, @Nullable String> regions = new HashMap<>(placed.size() * 2);
                for (RecordRows.Placed<Account> a : placed) {
                    accounts.add(a.record());
                    regions.put(a.key(), a.region());
                }
                Map<MeterId, Meter> meters = new HashMap<>();
                for (RecordRows.Placed<Meter> m : folded == null
                        ? METERS.placedWithin(h, scope, BillingFolder.METERS)
                        : METERS.placedAfter(scope, BillingFolder.METERS, folded.meters(), folded.meterRows())) {
                    meters.putIfAbsent(m.record().value().id(), m.record().value());
                }
                Set<MeterId> billed = new java.util.HashSet<>();
                accounts.forEach(a -> billed.addAll(a.value().meters()));
                List<Located<MeterReading>> readings =
                        StoredReadings.forRun(h, scope, period, billed, folded == null ? Map.of() : folded.inHand());
                Ledger ledger = StoredLedger.forRun(h, database.vendor(), scope, period);
                RunResult result = run.run(period, RunInput.located(accounts, meters, readings), ledger);
                if (dryRun) {
                    throw new DryRun(result);
                }
                if (result.issued().isEmpty()) {
                    return new StoredRun(result, false);
                }
                long runId = StoredLedger.run(
                        h,
                        period.start(),
                        actor,
                        at,
                        scope.toString(),
                        result.issued().size());
                StoredLedger.append(h, runId, result.issued(), regions);
                List<PricedBy> priced =
                        tariffs == null ? List.of() : StoredTariffs.usedBy(runId, tariffs, period, result.issued());
                StoredTariffs.record(h, database.vendor(), priced);
                AuditWriter.write(h, actor, at, List.of(runEntry(runId, scope, period, result.issued(), priced)));
                return new StoredRun(result, true);
            });
        } catch (DryRun d) {
            return new StoredRun(d.result, false);
        }
    }

    /** A dry run's way out of its transaction: everything it wrote is rolled back. */
    private static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RunResult result;

        DryRun(RunResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private static AuditWriter.Entry runEntry(
            long runId, Scope scope, Period period, List<Bill> issued, List<PricedBy> priced) {
        StringBuilder after = new StringBuilder(period + ": " + issued.size() + " documents, "
                + issued.get(0).id()
                + (issued.size() > 1 ? " to " + issued.get(issued.size() - 1).id() : ""));
        // What priced the run, so that the audit log alone shows it: each version by id, first day and hash.
        for (int i = 0; i < priced.size(); i++) {
            PricedBy p = priced.get(i);
            after.append(i == 0 ? "; priced by " : ", ")
                    .append(p.tariff())
                    .append(" from ")
                    .append(p.effectiveFrom())
                    .append(" sha256:")
                    .append(p.contentHash());
        }
        return new AuditWriter.Entry(
                "insert",
                "bill_runs",
                Long.toString(runId),
                scope.region().map(RegionCode::value).orElse(null),
                null,
                after.toString());
    }

    /**
     * Imports the documents of an existing ledger (a {@code ledger.json} read and checked by the caller), once:
     * a document the store holds with the same content is left alone, so importing the file again adds
     * nothing; one it holds with other content is a problem.
     *
     * @throws InvalidInputException listing every document the store holds otherwise, or outside the scope
     */
    public Imported importLedger(Scope scope, Actor actor, Ledger ledger) {
        requireNonNull(scope, "scope");
        requireNonNull(actor, "actor");
        List<Bill> documents = requireNonNull(ledger, "ledger").documents();
        Set<LocalDate> months = new TreeSet<>();
        documents.forEach(b -> months.add(b.period().start().withDayOfMonth(1)));
        database.ensureMonths(months);
        return database.inTransaction(h -> {
            Map<String, @Nullable String> regions = householdRegions(h);
            Map<String, String> stored = StoredLedger.bodies(h);
            List<Problem> problems = new ArrayList<>();
            List<Bill> added = new ArrayList<>();
            int unchanged = 0;
            for (int i = 0; i < documents.size(); i++) {
                Bill b = documents.get(i);
                String region = regions.get(b.household().value());
                String body = stored.get(b.id());
                if (!scope.includes(region == null ? null : RegionCode.parse(region))) {
                    problems.add(new Problem(
                            "ledger.json",
                            i + 1,
                            1,
                            "household",
                            Phrase.of(StoreWords.WITHIN_SCOPE, scope),
                            region == null
                                    ? Phrase.of(StoreWords.NO_REGION)
                                    : Phrase.of(StoreWords.OUTSIDE_SCOPE, region)));
                } else if (body == null) {
                    added.add(b);
                } else if (body.equals(DocumentJson.write(b))) {
                    unchanged++;
                } else {
                    problems.add(new Problem(
                            "ledger.json",
                            i + 1,
                            1,
                            "id",
                            Phrase.of(StoreWords.DOCUMENT_NOT_STORED),
                            Phrase.of(StoreWords.DOCUMENT_STORED, b.id())));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            if (!added.isEmpty()) {
                Instant at = Instant.now();
                long runId = StoredLedger.run(h, added.get(0).period().start(), actor, at, "ledger.json", added.size());
                StoredLedger.append(h, runId, added, regions);
                AuditWriter.write(
                        h,
                        actor,
                        at,
                        List.of(runEntry(runId, scope, added.get(0).period(), added, List.of())));
            }
            return new Imported(added.size(), 0, unchanged);
        });
    }

    /**
     * The tariffs in use in a month: the versions each of its runs priced with (runs with a document within the
     * scope), by run, tariff and first day, each with its content and the content's hash.
     */
    public List<PricedBy> pricedBy(Scope scope, Period.Month period) {
        requireNonNull(scope, "scope");
        requireNonNull(period, "period");
        return database.withHandle(h -> StoredTariffs.ofMonth(h, scope, period));
    }

    /** The accounts within the scope, in file order. */
    public List<Account> accounts(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> values(ACCOUNTS.read(BillingFolder.ACCOUNTS, ACCOUNTS.within(h, scope))));
    }

    /** The meter register within the scope, in file order. */
    public List<Meter> meters(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> values(METERS.read(BillingFolder.METERS, METERS.within(h, scope))));
    }

    /** The payments within the scope, in file order. */
    public List<Payment> payments(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> values(PAYMENTS.read(BillingFolder.PAYMENTS, PAYMENTS.within(h, scope))));
    }

    /** The readings of a month within the scope, by meter and day. */
    public List<MeterReading> readings(Scope scope, Period.Month period) {
        requireNonNull(scope, "scope");
        requireNonNull(period, "period");
        return database.withHandle(h -> StoredReadings.ofMonth(h, scope, period));
    }

    /** The ledger within the scope: every document, in the order it was added. */
    public Ledger ledger(Scope scope) {
        requireNonNull(scope, "scope");
        return Ledger.of(database.withHandle(h -> StoredLedger.all(h, scope)));
    }

    /**
     * Adds a household's prepaid events; an event the store holds already (same time and kind) is left alone.
     *
     * @throws InvalidInputException when the household lies outside the scope
     */
    public Imported addPrepaidEvents(Scope scope, Actor actor, HouseholdId household, List<PrepaidEvent> events) {
        requireNonNull(scope, "scope");
        requireNonNull(actor, "actor");
        requireNonNull(household, "household");
        requireNonNull(events, "events");
        return database.inTransaction(h -> {
            String region = householdRegions(h).get(household.value());
            if (!scope.includes(region == null ? null : RegionCode.parse(region))) {
                throw new InvalidInputException(List.of(new Problem(
                        "prepaid_events",
                        0,
                        0,
                        "household",
                        Phrase.of(StoreWords.WITHIN_SCOPE, scope),
                        region == null
                                ? Phrase.of(StoreWords.NO_REGION)
                                : Phrase.of(StoreWords.OUTSIDE_SCOPE, region))));
            }
            Set<String> stored = new java.util.HashSet<>(
                    h.createQuery("SELECT at_time, kind FROM prepaid_event WHERE household = :household")
                            .bind("household", household.value())
                            .map((rs, ctx) -> rs.getTimestamp(1).toLocalDateTime() + "/" + rs.getString(2))
                            .list());
            Instant at = Instant.now();
            List<AuditWriter.Entry> audit = new ArrayList<>();
            int added = 0;
            for (PrepaidEvent e : events) {
                String kind = e instanceof PrepaidEvent.TopUp ? "top_up" : "burn";
                Money amount = e instanceof PrepaidEvent.TopUp t ? t.amount() : ((PrepaidEvent.Burn) e).charge();
                if (!stored.add(e.at() + "/" + kind)) {
                    continue;
                }
                h.createUpdate("INSERT INTO prepaid_event (household, at_time, kind, amount, region_code)"
                                + " VALUES (:household, :at, :kind, :amount, :region)")
                        .bind("household", household.value())
                        .bind("at", Timestamp.valueOf(e.at()))
                        .bind("kind", kind)
                        .bind("amount", amount.toString())
                        .bindByType("region", region, String.class)
                        .execute();
                audit.add(new AuditWriter.Entry(
                        "insert", "prepaid_events", household + "@" + e.at(), region, null, kind + " " + amount));
                added++;
            }
            AuditWriter.write(h, actor, at, audit);
            return new Imported(added, 0, events.size() - added);
        });
    }

    /** A household's prepaid events within the scope, in time order. */
    public List<PrepaidEvent> prepaidEvents(Scope scope, HouseholdId household) {
        requireNonNull(scope, "scope");
        requireNonNull(household, "household");
        return database.withHandle(h -> {
            Query q = h.createQuery("SELECT at_time, kind, amount FROM prepaid_event WHERE household = :household"
                            + ScopeFilter.and(scope, "region_code") + " ORDER BY at_time, kind")
                    .bind("household", household.value());
            return ScopeFilter.bind(q, scope)
                    .map((rs, ctx) -> {
                        var at = rs.getTimestamp(1).toLocalDateTime();
                        Money amount = Money.parse(rs.getString(3));
                        return rs.getString(2).equals("top_up")
                                ? (PrepaidEvent) new PrepaidEvent.TopUp(at, amount)
                                : new PrepaidEvent.Burn(at, amount);
                    })
                    .list();
        });
    }

    private static <T> List<T> values(List<Located<T>> rows) {
        List<T> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.value()));
        return out;
    }

    private static Set<LocalDate> months(List<Located<MeterReading>> readings) {
        Set<LocalDate> months = new TreeSet<>();
        readings.forEach(r -> months.add(StoredReadings.month(r.value().readOn())));
        return months;
    }

    /** The village of every household the county records name, by household id. */
    private static Map<String, @Nullable String> householdRegions(Handle h) {
        return new HashMap<>(HOUSEHOLDS.regions(h));
    }

    /** Checks the folder's records against the scope, then writes them; every problem at once, or nothing. */
    /** A folder's accounts and meters as they came in, with the rows stored before: what a run reads after. */
    private record Folded(
            RecordRows.Counts counts,
            Map<String, RecordRows.Stored> accounts,
            List<RecordRows.Incoming<Account>> accountRows,
            Map<String, RecordRows.Stored> meters,
            List<RecordRows.Incoming<Meter>> meterRows,
            Map<LocalDate, List<Located<MeterReading>>> inHand) {}

    private static Folded importRows(Handle h, Scope scope, Actor actor, Instant at, BillingFolder files) {
        Map<String, @Nullable String> households = householdRegions(h);
        Map<String, RecordRows.Stored> accounts = ACCOUNTS.all(h);
        Map<String, RecordRows.Stored> meters = METERS.all(h);
        Map<String, RecordRows.Stored> payments = PAYMENTS.all(h);
        Map<String, @Nullable String> meterRegions = new HashMap<>();
        meters.forEach((k, s) -> meterRegions.put(k, s.region()));
        files.meters()
                .forEach(m -> meterRegions.put(
                        m.value().id().value(),
                        households.get(m.value().household().value())));
        Set<LocalDate> months = months(files.readings());
        Map<String, StoredReadings.Stored> readings = StoredReadings.ofMonths(h, months);

        List<Problem> problems = new ArrayList<>();
        var accountRows = incoming(
                files.accounts(),
                a -> a.household().value(),
                a -> households.get(a.household().value()));
        var meterRows = incoming(
                files.meters(),
                m -> m.id().value(),
                m -> households.get(m.household().value()));
        var paymentRows = incoming(
                files.payments(), Payment::id, p -> households.get(p.household().value()));
        checkScope(scope, ACCOUNTS, files.accounts(), accountRows, accounts, "household", problems);
        checkScope(scope, METERS, files.meters(), meterRows, meters, "household", problems);
        checkScope(scope, PAYMENTS, files.payments(), paymentRows, payments, "household", problems);
        // The whole store's scope holds every reading: 190,000 of them need no region parsed to say so.
        for (Located<MeterReading> r : scope.region().isEmpty() ? List.<Located<MeterReading>>of() : files.readings()) {
            String region = meterRegions.get(r.value().meter().value());
            StoredReadings.Stored old = readings.get(BillingFolder.readingKey(r.value()));
            scopeProblem(
                            scope,
                            r,
                            region,
                            old == null ? null : old.region(),
                            r.value().meter().value(),
                            "meter")
                    .ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RecordRows.Counts counts = ACCOUNTS.upsert(h, actor, at, accountRows, accounts)
                .plus(METERS.upsert(h, actor, at, meterRows, meters))
                .plus(PAYMENTS.upsert(h, actor, at, paymentRows, payments));
        counts = counts.plus(StoredReadings.upsert(h, actor, at, files.readings(), meterRegions, readings));
        return new Folded(
                counts,
                accounts,
                accountRows,
                meters,
                meterRows,
                StoredReadings.inHand(scope, months, readings, files.readings(), meterRegions));
    }

    private static <T> List<RecordRows.Incoming<T>> incoming(
            List<Located<T>> rows,
            java.util.function.Function<T, String> key,
            java.util.function.Function<T, @Nullable String> region) {
        List<RecordRows.Incoming<T>> out = new ArrayList<>(rows.size());
        for (Located<T> r : rows) {
            out.add(new RecordRows.Incoming<>(key.apply(r.value()), region.apply(r.value()), r.line(), r.value()));
        }
        return out;
    }

    private static <T extends Record> void checkScope(
            Scope scope,
            RecordRows<T> kind,
            List<Located<T>> rows,
            List<RecordRows.Incoming<T>> incoming,
            Map<String, RecordRows.Stored> stored,
            String field,
            List<Problem> problems) {
        for (int i = 0; i < rows.size(); i++) {
            RecordRows.Incoming<T> in = incoming.get(i);
            RecordRows.Stored old = stored.get(in.key());
            if (scope.region().isEmpty() || kind.unchanged(in, old)) {
                continue;
            }
            scopeProblem(scope, rows.get(i), in.region(), old == null ? null : old.region(), in.key(), field)
                    .ifPresent(problems::add);
        }
    }

    private static java.util.Optional<Problem> scopeProblem(
            Scope scope,
            Located<?> row,
            @Nullable String region,
            @Nullable String storedRegion,
            String key,
            String field) {
        Phrase found = null;
        if (!scope.includes(code(region))) {
            found = region == null ? Phrase.of(StoreWords.NO_REGION) : Phrase.of(StoreWords.OUTSIDE_SCOPE, region);
        } else if (storedRegion != null && !scope.includes(code(storedRegion))) {
            found = Phrase.of(StoreWords.STORED_OUTSIDE_SCOPE, key, storedRegion);
        }
        if (found == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                new Problem(row.source(), row.line(), 1, field, Phrase.of(StoreWords.WITHIN_SCOPE, scope), found));
    }

    private static @Nullable RegionCode code(@Nullable String region) {
        return region == null ? null : RegionCode.parse(region);
    }
}
