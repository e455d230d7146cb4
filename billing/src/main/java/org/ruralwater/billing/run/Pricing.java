package org.ruralwater.billing.run;

import java.util.Optional;
import org.ruralwater.billing.tariff.Tariff;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;

/**
 * What a stretch of a run knows of an account's tariff for the period: no such tariff, a tariff not in force
 * through the period, or one that can price it.
 */
sealed interface Pricing permits Pricing.Unknown, Pricing.NotInForce, Pricing.InForce {

    /** No tariff has the account's tariff id. */
    record Unknown() implements Pricing {}

    /** The tariff has no version in force on the period's first day or on its last. */
    record NotInForce() implements Pricing {}

    /** The tariff prices the period, through the quotes the stretch remembers. */
    record InForce(QuoteMemo quotes) implements Pricing {}

    static Pricing of(Tariffs tariffs, String tariff, Period.Month period) {
        if (!tariffs.ids().contains(tariff)) {
            return new Unknown();
        }
        Optional<Tariff> first = tariffs.inForce(tariff, period.start());
        Optional<Tariff> last = tariffs.inForce(tariff, period.end());
        if (first.isEmpty() || last.isEmpty()) {
            return new NotInForce();
        }
        // One version over the whole period needs no proration: quote it directly.
        Tariff whole = first.get();
        return new InForce(
                whole == last.get() ? new QuoteMemo(whole::quote) : new QuoteMemo(r -> tariffs.quote(tariff, r)));
    }
}
