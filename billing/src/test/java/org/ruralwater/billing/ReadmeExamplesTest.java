package org.ruralwater.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.billing.tariff.Quote;
import org.ruralwater.billing.tariff.QuoteRequest;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.money.Money;

/** The billing example in README.md, word for word. */
class ReadmeExamplesTest {

    @Test
    void billingInUse() {
        Tariffs tariffs = Tariffs.bundled();

        // Jinping county (Yunnan), 2021: 4.20 up to 16 m³ a month, 5.65 up to 25, 7.10 above.
        Quote march = tariffs.quote("CN-YN-JINPING-RESIDENTIAL", QuoteRequest.of(Period.month(2026, 3), "17", 3));
        assertThat(march.lines())
                .extracting(BillLine::amount)
                .containsExactly(Money.of("CNY", "67.20"), Money.of("CNY", "5.65"));
        assertThat(march.total()).isEqualTo(Money.of("CNY", "72.85"));

        // Jiangdu (Yangzhou), 2015: tiers over the year, billed monthly, 60 m³ more a year per person above four.
        Quote november = tariffs.quote(
                "CN-JS-JIANGDU-URBAN-RESIDENTIAL",
                QuoteRequest.of(Period.month(2026, 11), "20", 3).withUsedEarlier(new BigDecimal("200")));
        assertThat(november.total()).isEqualTo(Money.of("CNY", "63.32")); // 16 × 3.00 + 4 × 3.83
    }
}
