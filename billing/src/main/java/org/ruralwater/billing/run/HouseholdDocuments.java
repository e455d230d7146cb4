package org.ruralwater.billing.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.HouseholdId;

/**
 * Each household's documents in order, a handful a year, which lookups scan. A household with one document
 * (every household after its first run) is held by that document alone, and one with several by an array of
 * them: a county's index of a million households costs its map entries and no list each, a million objects
 * fewer for every collection to copy.
 *
 * <p>Filled while a ledger is made and only read after that.
 */
final class HouseholdDocuments {

    private static final HouseholdDocuments EMPTY = new HouseholdDocuments(Map.of(), Map.of());

    private final Map<HouseholdId, Bill> one;
    private final Map<HouseholdId, Bill[]> several;

    private HouseholdDocuments(Map<HouseholdId, Bill> one, Map<HouseholdId, Bill[]> several) {
        this.one = one;
        this.several = several;
    }

    static HouseholdDocuments empty() {
        return EMPTY;
    }

    /** A copy with room for {@code added} more documents, to add them to. */
    HouseholdDocuments copyForAdding(int added) {
        // A map makes its table at its first entry: the room given to one that gets none costs nothing.
        Map<HouseholdId, Bill> moreOne = new HashMap<>(Math.max(16, (one.size() + added) * 4 / 3));
        moreOne.putAll(one);
        Map<HouseholdId, Bill[]> moreSeveral = new HashMap<>(Math.max(16, (several.size() + added) * 4 / 3));
        moreSeveral.putAll(several);
        return new HouseholdDocuments(moreOne, moreSeveral);
    }

    /**
     * Adds the household's next document. Only while the ledger is made.
     *
     * @throws IllegalArgumentException when the household already has a document of that id
     */
    void add(Bill b) {
        HouseholdId household = b.household();
        // One lookup for a household's first document, the common case of a run over a new month.
        Bill only = one.putIfAbsent(household, b);
        if (only == null) {
            Bill[] had = several.get(household);
            if (had == null) {
                return;
            }
            one.remove(household);
            several.put(household, grown(had, b));
        } else {
            one.remove(household);
            several.put(household, grown(new Bill[] {only}, b));
        }
    }

    private static Bill[] grown(Bill[] documents, Bill b) {
        Bill[] grown = new Bill[documents.length + 1];
        for (int i = 0; i < documents.length; i++) {
            if (documents[i].id().equals(b.id())) {
                throw new IllegalArgumentException("document " + b.id() + " is in the ledger twice");
            }
            grown[i] = documents[i];
        }
        grown[documents.length] = b;
        return grown;
    }

    /** The household's invoice in force for the period, or null. */
    @Nullable
    Bill inForce(HouseholdId household, Period period) {
        Bill only = one.get(household);
        if (only != null) {
            return inForce(only, period);
        }
        Bill[] documents = several.get(household);
        return documents == null ? null : inForce(documents, period);
    }

    /** A household's only document, if it is an invoice for the period. */
    private static @Nullable Bill inForce(Bill only, Period period) {
        return only.kind() == Bill.Kind.INVOICE && only.period().equals(period) ? only : null;
    }

    /** The latest invoice for the period that no later credit note cancels. */
    private static @Nullable Bill inForce(Bill[] documents, Period period) {
        Set<String> cancelled = null;
        for (int i = documents.length - 1; i >= 0; i--) {
            Bill b = documents[i];
            if (!b.period().equals(period)) {
                continue;
            }
            if (b.kind() == Bill.Kind.CREDIT_NOTE) {
                if (cancelled == null) {
                    cancelled = new HashSet<>();
                }
                cancelled.add(b.cancels().orElseThrow());
            } else if (cancelled == null || !cancelled.contains(b.id())) {
                return b;
            }
        }
        return null;
    }

    /** Whether the household has any document. */
    boolean has(HouseholdId household) {
        return one.containsKey(household) || several.containsKey(household);
    }

    /** How many documents the household has for the period. */
    int count(HouseholdId household, Period period) {
        Bill only = one.get(household);
        if (only != null) {
            return only.period().equals(period) ? 1 : 0;
        }
        Bill[] documents = several.get(household);
        int n = 0;
        for (int i = 0; documents != null && i < documents.length; i++) {
            if (documents[i].period().equals(period)) {
                n++;
            }
        }
        return n;
    }

    /** The volumes of the household's invoices in force in each of the periods, skipping periods without one. */
    List<BigDecimal> volumes(HouseholdId household, List<? extends Period> periods) {
        // One lookup of the household for all the periods.
        Bill only = one.get(household);
        Bill[] documents = only == null ? several.get(household) : null;
        if (only == null && documents == null) {
            return List.of();
        }
        List<BigDecimal> out = null;
        for (int i = 0; i < periods.size(); i++) {
            Bill b = only != null ? inForce(only, periods.get(i)) : inForce(documents, periods.get(i));
            if (b != null) {
                if (out == null) {
                    out = new ArrayList<>(periods.size() - i);
                }
                out.add(b.m3());
            }
        }
        return out == null ? List.of() : out;
    }
}
