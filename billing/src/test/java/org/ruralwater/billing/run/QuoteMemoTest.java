package org.ruralwater.billing.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.billing.tariff.Quote;
import org.ruralwater.billing.tariff.QuoteRequest;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;

class QuoteMemoTest {

    private static final Period.Month MAY = Period.month(2015, 5);

    private final List<QuoteRequest> priced = new ArrayList<>();
    private final QuoteMemo memo = new QuoteMemo(r -> {
        priced.add(r);
        return Tariffs.bundled().quote("CN-JS-JIANGDU-RURAL-RESIDENTIAL", r);
    });

    private static QuoteRequest use(int m3) {
        return new QuoteRequest(MAY, BigDecimal.valueOf(m3), 3, BigDecimal.ZERO, Optional.empty());
    }

    @Test
    void equalRequestsArePricedOnceAndShareOneQuote() {
        Quote first = memo.quote(use(10));
        Quote again = memo.quote(use(10));
        Quote other = memo.quote(use(11));

        assertThat(again).isSameAs(first);
        assertThat(other).isNotSameAs(first);
        assertThat(priced).containsExactly(use(10), use(11));
    }

    @Test
    void pastItsLimitTheMemoStillQuotesButRemembersNoMore() {
        for (int m3 = 0; m3 < QuoteMemo.REMEMBERED; m3++) {
            memo.quote(use(m3));
        }
        Quote beyond = memo.quote(use(QuoteMemo.REMEMBERED));
        Quote beyondAgain = memo.quote(use(QuoteMemo.REMEMBERED));

        assertThat(beyondAgain).isEqualTo(beyond).isNotSameAs(beyond);
        assertThat(memo.quote(use(0))).isSameAs(memo.quote(use(0)));
        assertThat(priced).hasSize(QuoteMemo.REMEMBERED + 2);
    }
}
