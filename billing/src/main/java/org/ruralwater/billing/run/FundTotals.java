package org.ruralwater.billing.run;

import java.util.Map;
import java.util.TreeMap;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.core.money.Money;

/**
 * What each fund owes for a run's documents, by the fund's name: the relief on the lines it pays, less what
 * the credit notes take back.
 */
final class FundTotals {

    private final Map<String, Money> byFund = new TreeMap<>();

    /** Adds what the document's fund lines say each fund pays. */
    void add(Bill document) {
        for (BillLine l : document.lines()) {
            if (l.fund().isPresent()) {
                byFund.merge(l.fund().get().name(), l.amount().negated(), Money::plus);
            }
        }
    }

    void addAll(FundTotals other) {
        other.byFund.forEach((fund, amount) -> byFund.merge(fund, amount, Money::plus));
    }

    Map<String, Money> byName() {
        return byFund;
    }
}
