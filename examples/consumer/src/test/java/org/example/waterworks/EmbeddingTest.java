package org.example.waterworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.money.Money;
import org.ruralwater.qualityrules.evaluation.Verdict;

/** The embedder's desk, built against the installed ruralwater artifacts. */
class EmbeddingTest {

    private final VillageDesk desk = new VillageDesk(Money.of("CNY", "2.85"), "GB5749-2022");

    @Test
    void billsExactlyToTheFen() {
        // 13.5 m³ at 2.85 yuan/m³ is 38.475, rounded once, half-up.
        assertThat(desk.bill(new BigDecimal("13.5"))).hasToString("CNY 38.48");
    }

    @Test
    void judgesASampleAgainstTheBundledStandard() {
        String csv = """
                sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit
                S1,W539821-002,tap,2026-03-02 09:10,small_centralized,chlorine,砷,<1,µg/L
                S1,W539821-002,tap,2026-03-02 09:10,small_centralized,chlorine,余氯,0.3,mg/L
                S2,W539821-002,tap,2026-03-02 09:20,small_centralized,chlorine,砷,12,µg/L
                S2,W539821-002,tap,2026-03-02 09:20,small_centralized,chlorine,余氯,0.3,mg/L
                """;

        assertThat(desk.judge("samples.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .containsExactly(Verdict.PASS, Verdict.FAIL); // arsenic's limit is 10 µg/L; a chlorinated sample needs its residual (Table 2)
    }
}
