package org.ruralwater.billing.run;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;

/**
 * A household's billing account: its tariff, size, meters and subsidy category.
 *
 * @param members the household's people, 1 to 50 as in core's {@code Household}
 * @param subsidyCategory the category of a subsidy scheme the household belongs to, such as {@code dibao}
 * @param quota the account's monthly quota in m³, for quota tariffs (a non-residential user's plan): 0 to
 *     10^9 m³, far beyond any user a rural works supplies
 */
public record Account(
        HouseholdId household,
        String tariff,
        @Within(min = "1", max = "50") int members,
        List<MeterId> meters,
        Optional<String> subsidyCategory,
        @Within(min = "0", max = "1e9", unit = "m³") Optional<BigDecimal> quota) {

    private static final Range MEMBERS = Range.of(Account.class, "members");
    private static final int MOST_MEMBERS = MEMBERS.max().intValueExact();
    private static final Range QUOTA = Range.of(Account.class, "quota");

    public Account {
        requireNonNull(household, "household");
        requireNonNull(tariff, "tariff");
        meters = List.copyOf(meters);
        requireNonNull(subsidyCategory, "subsidyCategory");
        requireNonNull(quota, "quota");
        if (members < 1) {
            throw new IllegalArgumentException("account " + household + " needs at least one member");
        }
        if (members > MOST_MEMBERS) {
            MEMBERS.check(BillingWords.MEMBERS_OF_ACCOUNT, household, members);
        }
        if (quota.isPresent() && !QUOTA.contains(quota.get())) {
            QUOTA.check(BillingWords.QUOTA_OF_ACCOUNT, household, quota.get());
        }
    }
}
