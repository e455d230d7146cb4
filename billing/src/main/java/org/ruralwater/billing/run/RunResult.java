package org.ruralwater.billing.run;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.ruralwater.billing.reading.Anomaly;
import org.ruralwater.billing.reading.MeteredUse;
import org.ruralwater.core.money.Money;

/**
 * What a bill run did, or would do in a dry run: the documents to add, the households held back, every
 * anomaly, the subsidies each fund owes for the documents added, and the ledger after them.
 */
public record RunResult(
        List<Bill> issued,
        List<MeteredUse> blocked,
        List<Anomaly> anomalies,
        Map<String, Money> subsidiesByFund,
        Ledger ledger) {

    public RunResult {
        issued = List.copyOf(issued);
        blocked = List.copyOf(blocked);
        anomalies = List.copyOf(anomalies);
        subsidiesByFund = Map.copyOf(subsidiesByFund);
        requireNonNull(ledger, "ledger");
    }
}
