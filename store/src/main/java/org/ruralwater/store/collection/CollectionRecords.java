package org.ruralwater.store.collection;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ruralwater.billing.collection.CollectionPolicy;
import org.ruralwater.billing.collection.Receivables;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.audit.AuditLog;
import org.ruralwater.store.billing.BillingRecords;
import org.ruralwater.store.county.CountyRecords;
import org.ruralwater.store.database.Database;
import org.ruralwater.store.database.ScopeFilter;

/**
 * Fee collection rates from the store's ledger and payments, read through {@link BillingRecords} within the
 * scope and counted by billing's {@link Receivables}: the store adds no rule of its own. Counting reads the
 * whole ledger; the store also keeps a summary (each village's months, counted once by {@link #countSummary})
 * that a dashboard reads in milliseconds.
 */
public final class CollectionRecords {

    private static final Currency CNY = Currency.getInstance("CNY");

    /** The audit kinds whose writes change what was collected of what was due. */
    private static final List<String> CHANGES_COLLECTION = List.of("bill_runs", "payments");

    private final Database database;
    private final BillingRecords billing;
    private final CountyRecords county;

    private CollectionRecords(Database database, BillingRecords billing, CountyRecords county) {
        this.database = database;
        this.billing = billing;
        this.county = county;
    }

    /** For the store itself. */
    public static CollectionRecords on(Database database, BillingRecords billing, CountyRecords county) {
        return new CollectionRecords(
                requireNonNull(database, "database"),
                requireNonNull(billing, "billing"),
                requireNonNull(county, "county"));
    }

    /**
     * When the store's summary of the fee collection was counted: payments up to {@code asOf}, and every bill
     * run and payment up to the audit log's entry {@code auditEntry}.
     */
    public record Counted(long auditEntry, LocalDate asOf, Instant countedAt) {
        public Counted {
            requireNonNull(asOf, "asOf");
            requireNonNull(countedAt, "countedAt");
        }
    }

    /**
     * Counts the fee collection of every village's bills, month by month over the months the ledger holds, with
     * payments up to {@code asOf}, and keeps it as the store's summary (replacing the one kept before, in one
     * transaction): what {@link #summary} reads. This reads the whole ledger and every payment, as {@link
     * #feeCollection} does: a background task's work, after a bill run or a payment import.
     */
    public Counted countSummary(LocalDate asOf) {
        requireNonNull(asOf, "asOf");
        // The audit entry read first: a write landing while counting makes the summary stale, not lost.
        long auditEntry = AuditLog.on(database).latest();
        Optional<YearMonth[]> months = database.withHandle(h -> h.createQuery(
                        "SELECT MIN(period_start), MAX(period_start) FROM ledger_document")
                .map((rs, ctx) -> rs.getDate(1) == null
                        ? null
                        : new YearMonth[] {
                            YearMonth.from(rs.getDate(1).toLocalDate()),
                            YearMonth.from(rs.getDate(2).toLocalDate())
                        })
                .findOne());
        List<FeeCollection> counted = months.isEmpty()
                ? List.of()
                : feeCollection(Scope.everything(), RegionLevel.VILLAGE, months.get()[0], months.get()[1], asOf);
        // To the millisecond, as every database keeps a timestamp.
        Counted c = new Counted(auditEntry, asOf, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        database.inTransaction(h -> {
            h.execute("DELETE FROM fee_collection_month");
            h.execute("DELETE FROM fee_collection_counted");
            var batch = h.prepareBatch("INSERT INTO fee_collection_month (region_code, period_start, collected, due)"
                    + " VALUES (:region, :month, :collected, :due)");
            for (FeeCollection f : counted) {
                batch.bind("region", f.region().value())
                        .bind("month", Date.valueOf(f.month().atDay(1)))
                        .bind("collected", f.collected().amount())
                        .bind("due", f.due().amount())
                        .add();
            }
            if (!counted.isEmpty()) {
                batch.execute();
            }
            h.createUpdate("INSERT INTO fee_collection_counted (id, audit_entry, as_of, counted_at)"
                            + " VALUES (1, :entry, :asOf, :at)")
                    .bind("entry", c.auditEntry())
                    .bind("asOf", Date.valueOf(c.asOf()))
                    .bind("at", Timestamp.from(c.countedAt()))
                    .execute();
            return null;
        });
        return c;
    }

    /** When the kept summary was counted; empty when it never was. */
    public Optional<Counted> counted() {
        return database.withHandle(h -> h.createQuery(
                        "SELECT audit_entry, as_of, counted_at FROM fee_collection_counted WHERE id = 1")
                .map((rs, ctx) -> new Counted(
                        rs.getLong(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getTimestamp(3).toInstant()))
                .findOne());
    }

    /**
     * Whether a bill run or a payment was written after the kept summary was counted (or it never was): then
     * {@link #countSummary} would give other figures. Asks the audit log for the entries after the one counted
     * to, by its primary key, so costs what was written since.
     */
    public boolean summaryIsStale() {
        Optional<Counted> c = counted();
        if (c.isEmpty()) {
            return true;
        }
        return database.withHandle(
                        h -> h.createQuery("SELECT COUNT(*) FROM audit_entry WHERE id > :entry AND kind IN (<kinds>)")
                                .bind("entry", c.get().auditEntry())
                                .bindList("kinds", CHANGES_COLLECTION)
                                .mapTo(Long.class)
                                .one())
                > 0;
    }

    /**
     * The kept summary's collection of each month's bills in {@code [from, to]} per region of the level within
     * the scope, the villages' counts added up (never their percentages); by region, then month. Empty before
     * the summary was first counted; {@link #counted} says to which day payments count.
     */
    public List<FeeCollection> summary(Scope scope, RegionLevel level, YearMonth from, YearMonth to) {
        requireNonNull(scope, "scope");
        requireNonNull(level, "level");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        Optional<Counted> c = counted();
        if (c.isEmpty()) {
            return List.of();
        }
        Map<RegionCode, Map<YearMonth, BigDecimal[]>> rolled = new TreeMap<>();
        database.withHandle(h -> ScopeFilter.bind(
                        h.createQuery("SELECT region_code, period_start, collected, due FROM fee_collection_month"
                                        + " WHERE period_start >= :from AND period_start <= :to"
                                        + ScopeFilter.and(scope, "region_code"))
                                .bind("from", Date.valueOf(from.atDay(1)))
                                .bind("to", Date.valueOf(to.atDay(1))),
                        scope)
                .map((rs, ctx) -> {
                    RegionCode village = RegionCode.parse(rs.getString(1));
                    YearMonth month = YearMonth.from(rs.getDate(2).toLocalDate());
                    BigDecimal collected = rs.getBigDecimal(3);
                    BigDecimal due = rs.getBigDecimal(4);
                    village.at(level).ifPresent(r -> {
                        BigDecimal[] n = rolled.computeIfAbsent(r, k -> new TreeMap<>())
                                .computeIfAbsent(month, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                        n[0] = n[0].add(collected);
                        n[1] = n[1].add(due);
                    });
                    return village;
                })
                .list());
        List<FeeCollection> out = new ArrayList<>();
        rolled.forEach((region, months) -> months.forEach((month, n) -> out.add(new FeeCollection(
                region, month, c.get().asOf(), Money.of(CNY, n[0].setScale(2)), Money.of(CNY, n[1].setScale(2))))));
        return out;
    }

    /**
     * The collection of each month's bills in {@code [from, to]} per region of the level within the scope,
     * counting payments up to {@code asOf}, with billing's common collection policy; by region, then month. A
     * bill belongs to the month its period starts in.
     */
    public List<FeeCollection> feeCollection(
            Scope scope, RegionLevel level, YearMonth from, YearMonth to, LocalDate asOf) {
        requireNonNull(scope, "scope");
        requireNonNull(level, "level");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(asOf, "asOf");
        Receivables receivables =
                Receivables.of(billing.ledger(scope), billing.payments(scope), CollectionPolicy.COMMON, CNY);
        Map<HouseholdId, RegionCode> villageOf = new HashMap<>();
        for (Household h : county.households(scope)) {
            if (h.village().at(level).isPresent()) {
                villageOf.put(h.id(), h.village());
            }
        }
        Map<RegionCode, List<FeeCollection>> byRegion = new java.util.TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            YearMonth month = m;
            receivables
                    .collectionRates(
                            villageOf, level, p -> YearMonth.from(p.start()).equals(month), asOf)
                    .forEach((region, rate) -> byRegion.computeIfAbsent(region, k -> new ArrayList<>())
                            .add(new FeeCollection(region, month, asOf, rate.collected(), rate.due())));
        }
        List<FeeCollection> out = new ArrayList<>();
        byRegion.values().forEach(out::addAll);
        return out;
    }
}
