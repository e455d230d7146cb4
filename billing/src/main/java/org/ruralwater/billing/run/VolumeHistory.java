package org.ruralwater.billing.run;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.HouseholdId;

/**
 * The volume of each household's invoice in force in the periods before a run's: all a run reads of those
 * periods (the high/low checks against the year before and a yearly allowance's earlier use). A caller that
 * keeps its ledger elsewhere (the store's database) hands a run this instead of the year's documents: for a
 * county of 200,000 households a year of documents is 2.1 million objects and their ids, about 600 MB while
 * the run holds them; their volumes are a few arrays per household.
 *
 * <p>Built from the documents in ledger order. An invoice is in force for its household and period until a
 * credit note of that household and period cancels it: a ledger holds at most one invoice in force for a
 * household and period, and each credit note cancels that one ({@link Ledger#read} refuses any other ledger),
 * so the note's household and period name the invoice it cancels and no id needs to be kept.
 */
public final class VolumeHistory {

    private static final VolumeHistory EMPTY = new VolumeHistory(Map.of());

    private final Map<HouseholdId, Volumes> byHousehold;

    private VolumeHistory(Map<HouseholdId, Volumes> byHousehold) {
        this.byHousehold = byHousehold;
    }

    public static VolumeHistory empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The volume of the household's invoice in force for the period, or null when none is. */
    @Nullable
    BigDecimal volume(HouseholdId household, Period period) {
        Volumes v = byHousehold.get(household);
        return v == null ? null : v.of(period);
    }

    /** The volumes of the household's invoices in force in each of the periods, skipping periods without one. */
    List<BigDecimal> volumes(HouseholdId household, List<? extends Period> periods) {
        Volumes v = byHousehold.get(household);
        if (v == null) {
            return List.of();
        }
        List<BigDecimal> out = new ArrayList<>(periods.size());
        for (Period p : periods) {
            BigDecimal m3 = v.of(p);
            if (m3 != null) {
                out.add(m3);
            }
        }
        return out;
    }

    boolean isEmpty() {
        return byHousehold.isEmpty();
    }

    /** Documents added in ledger order; built once. */
    public static final class Builder {

        private final Map<HouseholdId, Volumes> byHousehold = new HashMap<>();

        private Builder() {}

        /** Adds the next document of the ledger: an invoice's volume, or a credit note that cancels it. */
        public Builder add(Bill.Kind kind, HouseholdId household, Period period, BigDecimal m3) {
            requireNonNull(kind, "kind");
            requireNonNull(period, "period");
            requireNonNull(m3, "m3");
            Volumes v = byHousehold.computeIfAbsent(requireNonNull(household, "household"), h -> new Volumes());
            v.put(period, kind == Bill.Kind.INVOICE ? m3 : null);
            return this;
        }

        public VolumeHistory build() {
            return byHousehold.isEmpty() ? EMPTY : new VolumeHistory(byHousehold);
        }
    }

    /** A household's periods and the volume in force in each (null once cancelled), a dozen at most a year. */
    private static final class Volumes {
        private Period[] periods = new Period[4];
        private @Nullable BigDecimal[] m3 = new BigDecimal[4];
        private int size;

        void put(Period period, @Nullable BigDecimal volume) {
            for (int i = 0; i < size; i++) {
                if (periods[i].equals(period)) {
                    m3[i] = volume;
                    return;
                }
            }
            if (size == periods.length) {
                periods = Arrays.copyOf(periods, size * 2);
                m3 = Arrays.copyOf(m3, size * 2);
            }
            periods[size] = period;
            m3[size] = volume;
            size++;
        }

        @Nullable
        BigDecimal of(Period period) {
            for (int i = 0; i < size; i++) {
                if (periods[i].equals(period)) {
                    return m3[i];
                }
            }
            return null;
        }
    }
}
