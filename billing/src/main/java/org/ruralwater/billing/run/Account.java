package org.ruralwater.billing.run;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.MeterId;

/**
 * A household's billing account: its tariff, size, meters and subsidy category.
 *
 * @param subsidyCategory the category of a subsidy scheme the household belongs to, such as {@code dibao}
 * @param quota the account's monthly quota in m³, for quota tariffs (a non-residential user's plan)
 */
public record Account(
        HouseholdId household,
        String tariff,
        int members,
        List<MeterId> meters,
        Optional<String> subsidyCategory,
        Optional<BigDecimal> quota) {

    public Account {
        requireNonNull(household, "household");
        requireNonNull(tariff, "tariff");
        meters = List.copyOf(meters);
        requireNonNull(subsidyCategory, "subsidyCategory");
        requireNonNull(quota, "quota");
        if (members < 1) {
            throw new IllegalArgumentException("account " + household + " needs at least one member");
        }
    }
}
