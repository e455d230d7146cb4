package org.ruralwater.store.collection;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.billing.collection.CollectionPolicy;
import org.ruralwater.billing.collection.Receivables;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.billing.BillingRecords;
import org.ruralwater.store.county.CountyRecords;

/**
 * Fee collection rates from the store's ledger and payments, read through {@link BillingRecords} within the
 * scope and counted by billing's {@link Receivables}: the store adds no rule of its own.
 */
public final class CollectionRecords {

    private static final Currency CNY = Currency.getInstance("CNY");

    private final BillingRecords billing;
    private final CountyRecords county;

    private CollectionRecords(BillingRecords billing, CountyRecords county) {
        this.billing = billing;
        this.county = county;
    }

    /** For the store itself. */
    public static CollectionRecords on(BillingRecords billing, CountyRecords county) {
        return new CollectionRecords(requireNonNull(billing, "billing"), requireNonNull(county, "county"));
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
