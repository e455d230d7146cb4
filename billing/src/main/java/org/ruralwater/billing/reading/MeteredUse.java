package org.ruralwater.billing.reading;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.HouseholdId;

/**
 * The water a household used in a period, measured from its readings, with what was odd about them.
 *
 * @param estimated whether the volume rests on an estimate (an estimated read, or a missing read estimated by
 *     the policy); the bill must say so
 * @param blocked whether the policy holds this household's bill
 */
public record MeteredUse(
        HouseholdId household,
        Period period,
        BigDecimal m3,
        List<Anomaly> anomalies,
        boolean estimated,
        boolean blocked) {

    public MeteredUse {
        requireNonNull(household, "household");
        requireNonNull(period, "period");
        requireNonNull(m3, "m3");
        anomalies = List.copyOf(anomalies);
        if (m3.signum() < 0) {
            throw new IllegalArgumentException("use cannot be negative, but was " + m3);
        }
    }
}
