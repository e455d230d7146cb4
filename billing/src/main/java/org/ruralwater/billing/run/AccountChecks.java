package org.ruralwater.billing.run;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.wording.Phrase;

/**
 * The checks of an account's line before its household is billed: listed once, a tariff in force, a known
 * subsidy category, and meters the register has. Each problem names the account's line of its file and the
 * field's column.
 */
final class AccountChecks {

    private final Rows<Account> accounts;
    private final Subsidies subsidies;
    private final Period.Month period;

    AccountChecks(Rows<Account> accounts, Subsidies subsidies, Period.Month period) {
        this.accounts = accounts;
        this.subsidies = subsidies;
        this.period = period;
    }

    /**
     * Checks the household, tariff, subsidy category and meter list of the account at position {@code i},
     * adding its problems.
     *
     * @param again whether an earlier line lists the same household
     */
    void check(int i, boolean again, Pricing price, List<Problem> problems) {
        Account a = accounts.get(i);
        if (again) {
            problems.add(accounts.problem(
                    i,
                    "household",
                    Phrase.of(BillingWords.HOUSEHOLD_ONCE),
                    Phrase.of(BillingWords.HOUSEHOLD_AGAIN, a.household())));
        }
        if (price instanceof Pricing.Unknown) {
            problems.add(
                    accounts.problem(i, "tariff", Phrase.of(BillingWords.KNOWN_TARIFF), Phrase.quoted(a.tariff())));
        } else if (price instanceof Pricing.NotInForce) {
            problems.add(accounts.problem(
                    i, "tariff", Phrase.of(BillingWords.TARIFF_IN_FORCE, period), Phrase.verbatim(a.tariff())));
        }
        if (a.subsidyCategory().isPresent()) {
            String c = a.subsidyCategory().get();
            if (subsidies.forCategory(c).isEmpty()) {
                problems.add(accounts.problem(
                        i,
                        "subsidy_category",
                        Phrase.of(BillingWords.SUBSIDY_CATEGORY_OF, subsidies.id()),
                        Phrase.quoted(c)));
            }
        }
        if (a.meters().isEmpty()) {
            problems.add(accounts.problem(
                    i, "meters", Phrase.of(BillingWords.AT_LEAST_ONE_METER), Phrase.of(BillingWords.NONE)));
        }
    }

    /**
     * The register's meter of this id, added to the household's list, or null and a problem at the account at
     * position {@code i} when the register does not have it.
     */
    @Nullable
    Meter registered(int i, MeterId id, Map<MeterId, Meter> meters, List<Meter> mine, List<Problem> problems) {
        Meter meter = meters.get(id);
        if (meter == null) {
            problems.add(
                    accounts.problem(i, "meters", Phrase.of(BillingWords.METER_LISTED), Phrase.verbatim(id.value())));
        } else {
            mine.add(meter);
        }
        return meter;
    }
}
