package org.ruralwater.billing.run;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
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
    /**
     * Each household's documents in order, a handful a year, so lookups scan them: a {@link Bill} when the
     * household has one, a {@code Bill[]} when it has several. A county's ledger indexes a million households;
     * one object per household fewer than a list each is a million fewer for every collection to copy.
     */
    private final Map<HouseholdId, Object> byHousehold;

    private Ledger(List<Bill> documents, Map<HouseholdId, Object> byHousehold) {
        this.documents = documents;
        this.byHousehold = byHousehold;
    }

    public static Ledger empty() {
        return new Ledger(List.of(), Map.of());
    }

    public static Ledger of(List<Bill> documents) {
        return empty().plus(requireNonNull(documents, "documents"));
    }

    public List<Bill> documents() {
        return documents;
    }

    /**
     * The ledger with the documents added after these.
     *
     * @throws IllegalArgumentException when a document id is already in the ledger
     */
    public Ledger plus(List<Bill> added) {
        return plus(added, true);
    }

    /**
     * The ledger with a bill run's own documents added. Their ids are prefix, period, household and a
     * number, the number last and all digits, so two households can never share one; only each
     * household's own documents need checking, which spares a county-sized run a million-entry id set.
     */
    Ledger plusIssued(List<Bill> added) {
        return plus(added, false);
    }

    private Ledger plus(List<Bill> added, boolean acrossHouseholds) {
        if (added.isEmpty()) {
            return this;
        }
        Set<String> newIds = acrossHouseholds ? new HashSet<>(added.size() * 2) : null;
        Map<HouseholdId, Object> index = new HashMap<>(Math.max(16, (byHousehold.size() + added.size()) * 4 / 3));
        index.putAll(byHousehold);
        for (Bill b : added) {
            if (newIds != null && !newIds.add(b.id())) {
                throw new IllegalArgumentException("document " + b.id() + " is in the ledger twice");
            }
            // One lookup for a household's first document, the common case of a run over a new month.
            Object mine = index.putIfAbsent(b.household(), b);
            if (mine != null) {
                int n = size(mine);
                Bill[] grown = new Bill[n + 1];
                for (int i = 0; i < n; i++) {
                    grown[i] = at(mine, i);
                    if (grown[i].id().equals(b.id())) {
                        throw new IllegalArgumentException("document " + b.id() + " is in the ledger twice");
                    }
                }
                grown[n] = b;
                index.put(b.household(), grown);
            }
        }
        List<Bill> all = new ArrayList<>(documents.size() + added.size());
        all.addAll(documents);
        all.addAll(added);
        // A fresh list nobody else holds: wrapping it is as safe as copying it, and a million bills cheaper.
        return new Ledger(Collections.unmodifiableList(all), index);
    }

    private static int size(Object documents) {
        return documents instanceof Bill ? 1 : ((Bill[]) documents).length;
    }

    private static Bill at(Object documents, int i) {
        return documents instanceof Bill b ? b : ((Bill[]) documents)[i];
    }

    /** The invoice in force for a household and period: the latest one no later credit note cancels. */
    public Optional<Bill> inForce(HouseholdId household, Period period) {
        Object mine = byHousehold.get(household);
        if (mine == null) {
            return Optional.empty();
        }
        Set<String> cancelled = null;
        for (int i = size(mine) - 1; i >= 0; i--) {
            Bill b = at(mine, i);
            if (!b.period().equals(period)) {
                continue;
            }
            if (b.kind() == Bill.Kind.CREDIT_NOTE) {
                if (cancelled == null) {
                    cancelled = new HashSet<>();
                }
                cancelled.add(b.cancels().orElseThrow());
            } else if (cancelled == null || !cancelled.contains(b.id())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** How many documents a household has for a period, for numbering the next one. */
    int count(HouseholdId household, Period period) {
        Object mine = byHousehold.get(household);
        int n = 0;
        for (int i = 0; mine != null && i < size(mine); i++) {
            if (at(mine, i).period().equals(period)) {
                n++;
            }
        }
        return n;
    }

    /** The volumes billed to a household in each of the given periods, skipping periods without a bill. */
    List<BigDecimal> volumes(HouseholdId household, List<? extends Period> periods) {
        if (!byHousehold.containsKey(household)) {
            return List.of();
        }
        List<BigDecimal> out = new ArrayList<>();
        for (Period p : periods) {
            inForce(household, p).ifPresent(b -> out.add(b.m3()));
        }
        return out;
    }
}
