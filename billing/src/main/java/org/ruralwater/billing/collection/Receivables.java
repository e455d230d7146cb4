package org.ruralwater.billing.collection;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.wording.Phrase;

/**
 * What each household owes: its invoices in force, the payments applied to them oldest bill first, and
 * any overpayment held as credit. Computed afresh from the ledger and the payments, so a reversal, a late
 * payment or a corrected bill simply gives the new position; nothing is edited.
 */
public final class Receivables {

    /** A household's position: invoices oldest first, and credit from overpayment. */
    public record Position(HouseholdId household, List<OpenItem> items, Money credit) {
        public Position {
            requireNonNull(household, "household");
            items = List.copyOf(items);
            requireNonNull(credit, "credit");
        }

        public Money outstanding() {
            return Money.total(
                    credit.currency(), items.stream().map(OpenItem::outstanding).toList());
        }
    }

    private final CollectionPolicy policy;
    private final Map<HouseholdId, Position> positions;
    private final Map<String, Bill> bills;
    private final Currency currency;

    private Receivables(
            CollectionPolicy policy, Map<HouseholdId, Position> positions, Map<String, Bill> bills, Currency currency) {
        this.policy = policy;
        this.positions = positions;
        this.bills = bills;
        this.currency = currency;
    }

    /**
     * The positions of every household with a bill or a payment.
     *
     * @throws IllegalArgumentException when a reversal names an unknown payment, or ids repeat
     */
    public static Receivables of(Ledger ledger, List<Payment> payments, CollectionPolicy policy, Currency currency) {
        requireNonNull(ledger, "ledger");
        requireNonNull(payments, "payments");
        requireNonNull(policy, "policy");
        Set<String> cancelled = new HashSet<>();
        for (Bill b : ledger.documents()) {
            b.cancels().ifPresent(cancelled::add);
        }
        Map<HouseholdId, List<Bill>> invoices = new LinkedHashMap<>();
        Map<String, Bill> byId = new HashMap<>();
        for (Bill b : ledger.documents()) {
            if (b.kind() == Bill.Kind.INVOICE
                    && !cancelled.contains(b.id())
                    && b.total().isPositive()) {
                invoices.computeIfAbsent(b.household(), k -> new ArrayList<>()).add(b);
                byId.put(b.id(), b);
            }
        }
        Map<String, Payment> paymentById = new HashMap<>();
        Set<String> reversed = new HashSet<>();
        for (Payment p : payments) {
            if (paymentById.put(p.id(), p) != null) {
                throw new IllegalArgumentException("payment id " + p.id() + " is used twice");
            }
        }
        for (Payment p : payments) {
            p.reverses().ifPresent(r -> {
                Payment original = paymentById.get(r);
                if (original == null || original.reverses().isPresent()) {
                    throw new IllegalArgumentException(
                            "reversal " + p.id() + " names " + r + ", which is not a payment");
                }
                if (!reversed.add(r)) {
                    throw new IllegalArgumentException("payment " + r + " is reversed twice");
                }
            });
        }
        Map<HouseholdId, List<Payment>> paid = new LinkedHashMap<>();
        for (Payment p : payments) {
            if (p.reverses().isEmpty() && !reversed.contains(p.id())) {
                paid.computeIfAbsent(p.household(), k -> new ArrayList<>()).add(p);
            }
        }
        Set<HouseholdId> households = new TreeSet<>(Comparator.comparing(HouseholdId::value));
        households.addAll(invoices.keySet());
        households.addAll(paid.keySet());
        Map<HouseholdId, Position> positions = new LinkedHashMap<>();
        for (HouseholdId h : households) {
            positions.put(
                    h,
                    allocate(
                            h, invoices.getOrDefault(h, List.of()), paid.getOrDefault(h, List.of()), policy, currency));
        }
        return new Receivables(policy, positions, byId, currency);
    }

    private static Position allocate(
            HouseholdId h, List<Bill> bills, List<Payment> payments, CollectionPolicy policy, Currency currency) {
        List<Bill> oldestFirst = new ArrayList<>(bills);
        oldestFirst.sort(Comparator.comparing((Bill b) -> b.period().start()).thenComparing(Bill::id));
        List<Payment> inOrder = new ArrayList<>(payments);
        inOrder.sort(Comparator.comparing(Payment::paidOn).thenComparing(Payment::id));
        Money[] open = new Money[oldestFirst.size()];
        List<List<OpenItem.Allocation>> applied = new ArrayList<>();
        for (int i = 0; i < open.length; i++) {
            open[i] = oldestFirst.get(i).total();
            applied.add(new ArrayList<>());
        }
        Money credit = Money.zero(currency);
        for (Payment p : inOrder) {
            Money left = p.amount();
            for (int i = 0; i < open.length && left.isPositive(); i++) {
                if (!open[i].isPositive()) {
                    continue;
                }
                Money take = left.min(open[i]);
                open[i] = open[i].minus(take);
                left = left.minus(take);
                applied.get(i).add(new OpenItem.Allocation(p.id(), p.paidOn(), take));
            }
            credit = credit.plus(left);
        }
        List<OpenItem> items = new ArrayList<>();
        for (int i = 0; i < open.length; i++) {
            Bill b = oldestFirst.get(i);
            items.add(new OpenItem(
                    b.id(), b.period().end().plusDays(policy.paymentTermDays()), b.total(), applied.get(i)));
        }
        return new Position(h, items, credit);
    }

    public Position position(HouseholdId household) {
        Position p = positions.get(household);
        return p != null ? p : new Position(household, List.of(), Money.zero(currency));
    }

    public List<Position> positions() {
        return List.copyOf(positions.values());
    }

    /**
     * The late fee on an invoice as of a day: each day after the due date and the grace days, the daily rate
     * on what was still owed that day; rounded half-up once, capped at the policy's share of the invoice.
     */
    public Money lateFee(OpenItem item, LocalDate asOf) {
        LocalDate first = item.dueOn().plusDays(policy.graceDays() + 1L);
        if (asOf.isBefore(first)) {
            return Money.zero(currency);
        }
        // Outstanding changes only on payment days, so sum it over the stretches between them.
        BigDecimal owedDays = BigDecimal.ZERO;
        LocalDate from = first;
        List<LocalDate> changes = new ArrayList<>();
        for (OpenItem.Allocation a : item.payments()) {
            if (a.paidOn().isAfter(first.minusDays(1)) && !a.paidOn().isAfter(asOf)) {
                changes.add(a.paidOn());
            }
        }
        changes.add(asOf.plusDays(1));
        for (LocalDate change : changes) {
            if (change.isAfter(from)) {
                long days = ChronoUnit.DAYS.between(from, change);
                owedDays = owedDays.add(item.outstandingOn(from).amount().multiply(BigDecimal.valueOf(days)));
                from = change;
            }
        }
        Money fee = Money.of(currency, owedDays.multiply(policy.lateFeeDailyRate()), RoundingMode.HALF_UP);
        Money cap = item.amount().multipliedBy(policy.lateFeeCap(), RoundingMode.HALF_UP);
        return fee.min(cap);
    }

    /**
     * Outstanding amounts as of a day by band of days past due, keyed by the bands' codes: "current", "1-30",
     * "31-60", "61-90", "over 90".
     */
    public Map<String, Money> ageing(LocalDate asOf) {
        Map<String, Money> byCode = new LinkedHashMap<>();
        for (Band b : ageingBands(asOf)) {
            byCode.put(b.code(), b.outstanding());
        }
        return byCode;
    }

    /**
     * A band of days past due and what is outstanding in it.
     *
     * @param name the band in words: its code in English ("1-30"), "逾期 1–30 天" in Chinese
     */
    public record Band(Phrase name, Money outstanding) {

        public Band {
            requireNonNull(name, "name");
            requireNonNull(outstanding, "outstanding");
        }

        /** The band's code in files: "current", "1-30", "over 90". */
        public String code() {
            return name.toString();
        }
    }

    /** {@link #ageing(LocalDate)} as bands that name themselves in the reader's language, in order. */
    public List<Band> ageingBands(LocalDate asOf) {
        Map<String, Phrase> names = new LinkedHashMap<>();
        Map<String, Money> bands = new HashMap<>();
        Phrase current = Phrase.of(BillingWords.BAND_CURRENT);
        names.put(current.toString(), current);
        int lower = 1;
        for (int upper : policy.ageingBands()) {
            Phrase days = Phrase.of(BillingWords.BAND_DAYS, lower, upper);
            names.put(days.toString(), days);
            lower = upper + 1;
        }
        Phrase over = Phrase.of(BillingWords.BAND_OVER, lower - 1);
        names.put(over.toString(), over);
        names.keySet().forEach(code -> bands.put(code, Money.zero(currency)));
        for (Position p : positions.values()) {
            for (OpenItem item : p.items()) {
                Money owed = item.outstandingOn(asOf);
                if (!owed.isPositive()) {
                    continue;
                }
                long late = ChronoUnit.DAYS.between(item.dueOn(), asOf);
                String band = "current";
                if (late > 0) {
                    band = "over "
                            + policy.ageingBands().get(policy.ageingBands().size() - 1);
                    int lo = 1;
                    for (int upper : policy.ageingBands()) {
                        if (late <= upper) {
                            band = lo + "-" + upper;
                            break;
                        }
                        lo = upper + 1;
                    }
                }
                bands.merge(band, owed, Money::plus);
            }
        }
        List<Band> out = new ArrayList<>();
        names.forEach((code, name) -> out.add(new Band(name, bands.get(code))));
        return List.copyOf(out);
    }

    /** Collected ÷ due for the households' invoices of the periods selected, counting payments up to a day. */
    public CollectionRate collectionRate(Set<HouseholdId> households, Predicate<Period> periods, LocalDate asOf) {
        Money due = Money.zero(currency);
        Money collected = Money.zero(currency);
        for (HouseholdId h : households) {
            Position p = positions.get(h);
            if (p == null) {
                continue;
            }
            for (OpenItem item : p.items()) {
                if (!periods.test(bills.get(item.bill()).period())) {
                    continue;
                }
                due = due.plus(item.amount());
                collected = collected.plus(item.amount().minus(item.outstandingOn(asOf)));
            }
        }
        return new CollectionRate(collected, due);
    }

    /**
     * The cost-recovery ratio of a works: the fees collected from its households for the periods selected,
     * up to a day, over its operation and maintenance cost for the same periods.
     */
    public CollectionRate costRecovery(
            Set<HouseholdId> worksHouseholds, Predicate<Period> periods, LocalDate asOf, Money operatingCost) {
        return new CollectionRate(collectionRate(worksHouseholds, periods, asOf).collected(), operatingCost);
    }

    /**
     * Collection rates rolled up to a level of the region hierarchy (village, township or county), from each
     * household's village.
     */
    public Map<RegionCode, CollectionRate> collectionRates(
            Map<HouseholdId, RegionCode> villageOf, RegionLevel level, Predicate<Period> periods, LocalDate asOf) {
        Map<RegionCode, Set<HouseholdId>> groups = new TreeMap<>();
        for (var e : villageOf.entrySet()) {
            RegionCode region = e.getValue()
                    .at(level)
                    .orElseThrow(() -> new IllegalArgumentException("village " + e.getValue() + " of household "
                            + e.getKey() + " lies in no " + level + " region"));
            groups.computeIfAbsent(region, k -> new HashSet<>()).add(e.getKey());
        }
        Map<RegionCode, CollectionRate> out = new TreeMap<>();
        groups.forEach((region, hs) -> out.put(region, collectionRate(hs, periods, asOf)));
        return out;
    }
}
