package org.ruralwater.billing.run;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.billing.subsidy.Subsidy;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.billing.tariff.Quote;
import org.ruralwater.billing.tariff.QuoteRequest;
import org.ruralwater.core.money.Money;

/** The subsidy lines of a stretch of a run: a subsidy's relief on a bill, as a line its fund pays. */
final class ReliefLines {

    /** A line's wording depends on the subsidy alone: made once per stretch of the run, not per household. */
    private final Map<Subsidy, String> descriptions = new IdentityHashMap<>();

    /**
     * The line for the subsidy's relief on the quote, or none when the relief is nothing.
     *
     * @param quotes the stretch's quotes for the household's tariff, which price a smaller volume too
     */
    Optional<BillLine> on(Quote quote, QuoteRequest request, Subsidy subsidy, QuoteMemo quotes) {
        Money charged = quote.total();
        Money off = subsidy.reliefOn(charged, request.consumption(), otherVolumes(request, quotes));
        if (off.isZero()) {
            return Optional.empty();
        }
        String description = descriptions.get(subsidy);
        if (description == null) {
            description = subsidy.lineDescription(charged.currency());
            descriptions.put(subsidy, description);
        }
        return Optional.of(BillLine.paidBy(subsidy.fund(), description, off.negated()));
    }

    /** What the tariff charges the same household in the same month for another volume. */
    private static Subsidy.Charge otherVolumes(QuoteRequest request, QuoteMemo quotes) {
        return m3 -> quotes.quote(new QuoteRequest(
                        request.period(), m3, request.members(), request.usedEarlier(), request.quota()))
                .total();
    }
}
