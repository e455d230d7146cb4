package org.ruralwater.qualityrules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ruralwater.qualityrules.evaluation.Samples.sample;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.qualityrules.standard.Standards;

/** A verdict's limit, reason and findings are phrases: English by default, Chinese for a Chinese reader. */
class VerdictsInChineseTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final Evaluator gb = Evaluator.of(Standards.bundled().get("GB5749-2022"));

    private DeterminationVerdict only(Samples s) {
        return gb.evaluate(s.build()).determinations().get(0);
    }

    @Test
    void aFailingSideIsSaidInChinese() {
        DeterminationVerdict v = only(sample().with("ph", "8.6", ""));

        assertThat(v.reason()).isEqualTo("above 8.5");
        assertThat(v.why().in(ZH)).isEqualTo("高于 8.5");
    }

    @Test
    void aRelaxedLimitSaysSoInChinese() {
        DeterminationVerdict v =
                only(sample().supply(SupplyKind.SMALL_CENTRALIZED, true).with("turbidity", "2.5", "NTU"));

        assertThat(v.limit()).isEqualTo("≤ 3 NTU (relaxed from 1)");
        assertThat(v.heldTo().in(ZH)).isEqualTo("≤ 3 NTU（由 1 放宽）");
        assertThat(v.why().in(ZH)).isEqualTo("在限值内");
    }

    @Test
    void aNonDetectWithoutALimitSaysWhatItLeavesOpenInChinese() {
        DeterminationVerdict v = only(sample().with("lead", "ND", "mg/L"));

        assertThat(v.why().in(ZH)).isEqualTo("未检出，但未给出检出限，因此无法证明其不高于 0.01");
    }
}
