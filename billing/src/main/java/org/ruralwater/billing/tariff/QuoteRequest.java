package org.ruralwater.billing.tariff;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.ruralwater.core.calendar.Period;

/**
 * What a quote needs: the period billed, the water used in it, the household's size, and for an allowance
 * that runs over a year while bills are monthly, what the household used earlier in that year.
 *
 * @param consumption m³ used in the period
 * @param usedEarlier m³ used earlier in the same allowance period (0 for a monthly allowance)
 * @param quota the account's own quota in m³ per month, for quota tariffs that set none (a non-residential
 *     user's planned volume)
 */
public record QuoteRequest(
        Period period, BigDecimal consumption, int members, BigDecimal usedEarlier, Optional<BigDecimal> quota) {

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
    }

    /** A quote for one month's use by a household. */
    public static QuoteRequest of(Period period, String consumption, int members) {
        return new QuoteRequest(period, new BigDecimal(consumption), members, BigDecimal.ZERO, Optional.empty());
    }

    public QuoteRequest withUsedEarlier(BigDecimal m3) {
        return new QuoteRequest(period, consumption, members, m3, quota);
    }

    public QuoteRequest withQuota(BigDecimal m3) {
        return new QuoteRequest(period, consumption, members, usedEarlier, Optional.of(m3));
    }
}
