package org.ruralwater.billing.run;

import java.util.List;
import java.util.Map;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;

/**
 * What every stretch of a run reads and nothing changes while the households are billed.
 *
 * @param accounts the accounts, each with its place in its file
 * @param keys each account's household id, by position
 * @param order the positions of the accounts in household order
 * @param previousYear the twelve months before, for the high and low use checks
 * @param earlierThisYear the months before in the same calendar year, for yearly allowances
 */
record RunMonth(
        Period.Month period,
        Rows<Account> accounts,
        Map<MeterId, Meter> meters,
        MeterClaims claims,
        Ledger ledger,
        String[] keys,
        int[] order,
        List<Period.Month> previousYear,
        List<Period.Month> earlierThisYear,
        String invoicePrefix,
        String creditPrefix) {}
