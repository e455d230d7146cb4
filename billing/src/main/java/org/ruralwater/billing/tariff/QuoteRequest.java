package org.ruralwater.billing.tariff;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.quantity.Decimals;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;

/**
 * What a quote needs: the period billed, the water used in it, the household's size, and for an allowance
 * that runs over a year while bills are monthly, what the household used earlier in that year.
 *
 * @param consumption m³ used in the period: 0 to 10^9 (a billion m³ is more than a county's works supply in a
 *     year; high use stays a reading anomaly, judged against the household's own history)
 * @param members the household's people, 1 to 50 as in core's {@code Household}
 * @param usedEarlier m³ used earlier in the same allowance period (0 for a monthly allowance): at most twelve
 *     periods of the most one period may use
 * @param quota the account's own quota in m³ per month, for quota tariffs that set none (a non-residential
 *     user's planned volume), 0 to 10^9
 */
public record QuoteRequest(
        Period period,
        @Within(min = "0", max = "1e9", unit = "m³") BigDecimal consumption,
        @Within(min = "1", max = "50") int members,
        @Within(min = "0", max = "1.2e10", unit = "m³") BigDecimal usedEarlier,
        @Within(min = "0", max = "1e9", unit = "m³") Optional<BigDecimal> quota) {

    private static final Range CONSUMPTION = Range.of(QuoteRequest.class, "consumption");
    private static final Range MEMBERS = Range.of(QuoteRequest.class, "members");
    private static final int MOST_MEMBERS = MEMBERS.max().intValueExact();
    private static final Range USED_EARLIER = Range.of(QuoteRequest.class, "usedEarlier");
    private static final Range QUOTA = Range.of(QuoteRequest.class, "quota");

    public QuoteRequest {
        requireNonNull(period, "period");
        requireNonNull(consumption, "consumption");
        requireNonNull(usedEarlier, "usedEarlier");
        requireNonNull(quota, "quota");
        if (consumption.signum() < 0) {
            throw new IllegalArgumentException("consumption cannot be negative, but was " + consumption);
        }
        if (usedEarlier.signum() < 0) {
            throw new IllegalArgumentException("earlier use cannot be negative, but was " + usedEarlier);
        }
        if (members < 1) {
            throw new IllegalArgumentException("a household has at least one member, not " + members);
        }
        // The lower ends are refused above; only the upper ones are left, one comparison each, and a message is
        // made only for a refusal: a county's run makes a request per household.
        if (consumption.compareTo(CONSUMPTION.max()) > 0) {
            CONSUMPTION.check(BillingWords.QUOTE_CONSUMPTION, consumption);
        }
        if (members > MOST_MEMBERS) {
            MEMBERS.check(BillingWords.QUOTE_MEMBERS, members);
        }
        if (usedEarlier.compareTo(USED_EARLIER.max()) > 0) {
            USED_EARLIER.check(BillingWords.QUOTE_USED_EARLIER, usedEarlier);
        }
        if (quota.isPresent() && !QUOTA.contains(quota.get())) {
            QUOTA.check(BillingWords.QUOTE_QUOTA, quota.get());
        }
    }

    /** A quote for one month's use by a household. */
    public static QuoteRequest of(Period period, String consumption, int members) {
        return new QuoteRequest(period, Decimals.parse(consumption), members, BigDecimal.ZERO, Optional.empty());
    }

    public QuoteRequest withUsedEarlier(BigDecimal m3) {
        return new QuoteRequest(period, consumption, members, m3, quota);
    }

    public QuoteRequest withQuota(BigDecimal m3) {
        return new QuoteRequest(period, consumption, members, usedEarlier, Optional.of(m3));
    }
}
