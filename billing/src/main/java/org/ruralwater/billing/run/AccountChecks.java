package org.ruralwater.billing.run;

import java.util.List;
import java.util.Map;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.wording.Phrase;

/**
 * The checks of an account's line before its household is billed: listed once, a tariff in force, a known
 * subsidy category, and meters the register has. Each problem names the account's line of the file.
 */
final class AccountChecks {

    private final Subsidies subsidies;
    private final Period.Month period;

    AccountChecks(Subsidies subsidies, Period.Month period) {
        this.subsidies = subsidies;
        this.period = period;
    }

    /**
     * Checks an account's household, tariff, subsidy category and meter list, adding its problems.
     *
     * @param again whether an earlier line lists the same household
     */
    void check(Account a, int line, boolean again, Pricing price, List<Problem> problems) {
        if (again) {
            problems.add(new Problem(
                    "accounts",
                    line,
                    1,
                    "household",
                    Phrase.of(BillingWords.HOUSEHOLD_ONCE),
                    Phrase.of(BillingWords.HOUSEHOLD_AGAIN, a.household())));
        }
        if (price instanceof Pricing.Unknown) {
            problems.add(new Problem(
                    "accounts", line, 1, "tariff", Phrase.of(BillingWords.KNOWN_TARIFF), Phrase.quoted(a.tariff())));
        } else if (price instanceof Pricing.NotInForce) {
            problems.add(new Problem(
                    "accounts",
                    line,
                    1,
                    "tariff",
                    Phrase.of(BillingWords.TARIFF_IN_FORCE, period),
                    Phrase.verbatim(a.tariff())));
        }
        a.subsidyCategory().ifPresent(c -> {
            if (subsidies.forCategory(c).isEmpty()) {
                problems.add(new Problem(
                        "accounts",
                        line,
                        1,
                        "subsidy_category",
                        Phrase.of(BillingWords.SUBSIDY_CATEGORY_OF, subsidies.id()),
                        Phrase.quoted(c)));
            }
        });
        if (a.meters().isEmpty()) {
            problems.add(new Problem(
                    "accounts",
                    line,
                    1,
                    "meters",
                    Phrase.of(BillingWords.AT_LEAST_ONE_METER),
                    Phrase.of(BillingWords.NONE)));
        }
    }

    /** Adds the meter to the household's list, or a problem when the register does not have it. */
    static void registered(MeterId id, Map<MeterId, Meter> meters, int line, List<Meter> mine, List<Problem> problems) {
        Meter meter = meters.get(id);
        if (meter == null) {
            problems.add(new Problem(
                    "accounts", line, 1, "meters", Phrase.of(BillingWords.METER_LISTED), Phrase.verbatim(id.value())));
        } else {
            mine.add(meter);
        }
    }
}
