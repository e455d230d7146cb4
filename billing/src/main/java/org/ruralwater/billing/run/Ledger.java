package org.ruralwater.billing.run;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.HouseholdId;

/**
 * Every document issued, in order: append-only. The bills in force are the invoices no credit note cancels.
 * A caller stores the ledger as it likes (a file, a database table); the domain only ever adds to it.
 */
public final class Ledger {

    private final List<Bill> documents;
    private final HouseholdDocuments byHousehold;
    private final VolumeHistory before;

    private Ledger(List<Bill> documents, HouseholdDocuments byHousehold, VolumeHistory before) {
        this.documents = documents;
        this.byHousehold = byHousehold;
        this.before = before;
    }

    public static Ledger empty() {
        return new Ledger(List.of(), HouseholdDocuments.empty(), VolumeHistory.empty());
    }

    /**
     * The ledger with the volumes in force of periods whose documents it does not hold: a caller that keeps its
     * ledger elsewhere gives a run the documents of the run's own period and only this of the year before, all
     * the run reads there. Where the ledger holds a household's document for a period, the document counts.
     */
    public Ledger withVolumesBefore(VolumeHistory history) {
        return new Ledger(documents, byHousehold, requireNonNull(history, "history"));
    }

    /**
     * The documents, in order, as a ledger: for documents a run made, which hold what a ledger guarantees. A
     * ledger kept elsewhere and read back goes through {@link #read}, which checks it.
     *
     * @throws IllegalArgumentException when a document id is there twice
     */
    public static Ledger of(List<Bill> documents) {
        return empty().plus(requireNonNull(documents, "documents"));
    }

    /**
     * A ledger read back from where it was kept (a file, a table), each document with its place there, checked
     * for everything a bill run guarantees of the ledger it makes: each document id once, at most one invoice
     * of a household in force for a period, and each credit note cancelling an earlier invoice of its
     * household and period that no other cancels, its volume, lines and total negated. (A document's own
     * guarantees, such as a total that is the sum of its lines, {@link Bill} refuses when it is read.)
     *
     * @throws InvalidInputException listing every broken guarantee, at its document's place
     */
    public static Ledger read(List<Located<Bill>> documents) {
        List<Problem> problems = LedgerChecks.of(requireNonNull(documents, "documents"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Bill> bills = new ArrayList<>(documents.size());
        for (Located<Bill> d : documents) {
            bills.add(d.value());
        }
        return of(bills);
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
        HouseholdDocuments index = byHousehold.copyForAdding(added.size());
        for (Bill b : added) {
            if (newIds != null && !newIds.add(b.id())) {
                throw new IllegalArgumentException("document " + b.id() + " is in the ledger twice");
            }
            index.add(b);
        }
        List<Bill> all = new ArrayList<>(documents.size() + added.size());
        all.addAll(documents);
        all.addAll(added);
        // A fresh list nobody else holds: wrapping it is as safe as copying it, and a million bills cheaper.
        return new Ledger(Collections.unmodifiableList(all), index, before);
    }

    /** The invoice in force for a household and period: the latest one no later credit note cancels. */
    public Optional<Bill> inForce(HouseholdId household, Period period) {
        return Optional.ofNullable(byHousehold.inForce(household, period));
    }

    /** How many documents a household has for a period, for numbering the next one. */
    int count(HouseholdId household, Period period) {
        return byHousehold.count(household, period);
    }

    /** The volumes billed to a household in each of the given periods, skipping periods without a bill. */
    List<BigDecimal> volumes(HouseholdId household, List<? extends Period> periods) {
        if (before.isEmpty()) {
            return byHousehold.volumes(household, periods);
        }
        if (!byHousehold.has(household)) {
            return before.volumes(household, periods);
        }
        List<BigDecimal> out = new ArrayList<>(periods.size());
        for (Period p : periods) {
            Bill b = byHousehold.inForce(household, p);
            BigDecimal m3 = b != null ? b.m3() : before.volume(household, p);
            if (m3 != null) {
                out.add(m3);
            }
        }
        return out;
    }
}
