package org.ruralwater.billing.run;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.HouseholdId;

/**
 * Every document issued, in order: append-only. The bills in force are the invoices no credit note cancels.
 * A caller stores the ledger as it likes (a file, a database table); the domain only ever adds to it.
 */
public final class Ledger {

    private final List<Bill> documents;
    private final Map<String, Bill> inForce; // key: household | period
    private final Map<String, Integer> counts;

    private Ledger(List<Bill> documents) {
        this.documents = List.copyOf(documents);
        Set<String> cancelled = new HashSet<>();
        for (Bill b : documents) {
            b.cancels().ifPresent(cancelled::add);
        }
        Map<String, Bill> current = new HashMap<>();
        Map<String, Integer> n = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Bill b : documents) {
            if (!ids.add(b.id())) {
                throw new IllegalArgumentException("document " + b.id() + " is in the ledger twice");
            }
            String key = key(b.household(), b.period());
            n.merge(key, 1, Integer::sum);
            if (b.kind() == Bill.Kind.INVOICE && !cancelled.contains(b.id())) {
                current.put(key, b);
            }
        }
        this.inForce = current;
        this.counts = n;
    }

    public static Ledger empty() {
        return new Ledger(List.of());
    }

    public static Ledger of(List<Bill> documents) {
        return new Ledger(requireNonNull(documents, "documents"));
    }

    public List<Bill> documents() {
        return documents;
    }

    /** The ledger with the documents added after these. */
    public Ledger plus(List<Bill> added) {
        List<Bill> all = new ArrayList<>(documents);
        all.addAll(added);
        return new Ledger(all);
    }

    /** The invoice in force for a household and period. */
    public Optional<Bill> inForce(HouseholdId household, Period period) {
        return Optional.ofNullable(inForce.get(key(household, period)));
    }

    /** How many documents a household has for a period, for numbering the next one. */
    int count(HouseholdId household, Period period) {
        return counts.getOrDefault(key(household, period), 0);
    }

    /** The volumes billed to a household in each of the given periods, skipping periods without a bill. */
    List<BigDecimal> volumes(HouseholdId household, List<? extends Period> periods) {
        List<BigDecimal> out = new ArrayList<>();
        for (Period p : periods) {
            inForce(household, p).ifPresent(b -> out.add(b.m3()));
        }
        return out;
    }

    private static String key(HouseholdId h, Period p) {
        return h.value() + "|" + p;
    }
}
