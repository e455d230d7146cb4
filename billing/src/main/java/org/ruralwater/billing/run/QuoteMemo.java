package org.ruralwater.billing.run;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.ruralwater.billing.tariff.Quote;
import org.ruralwater.billing.tariff.QuoteRequest;

/**
 * The quotes a stretch of a run has made for one tariff, so that equal requests share one quote: its lines and
 * total, which are immutable. Belongs to one stretch, so to one thread.
 *
 * <p>A quote is a function of its request alone (period, volume, household size, earlier use, quota), and
 * rural households mostly use a few whole cubic metres, so a county's million requests are a few hundred
 * distinct ones: remembering them spares the pricing, and lets the bills share their lines instead of each
 * holding five objects of its own for every collection to copy.
 */
final class QuoteMemo {

    /** How many quotes are remembered: keeps unusual input from growing the memory without bound. */
    static final int REMEMBERED = 10_000;

    private final Function<QuoteRequest, Quote> tariff;
    private final Map<QuoteRequest, Quote> quotes = new HashMap<>();

    QuoteMemo(Function<QuoteRequest, Quote> tariff) {
        this.tariff = tariff;
    }

    Quote quote(QuoteRequest request) {
        Quote remembered = quotes.get(request);
        if (remembered != null) {
            return remembered;
        }
        Quote quote = tariff.apply(request);
        if (quotes.size() < REMEMBERED) {
            quotes.put(request, quote);
        }
        return quote;
    }
}
