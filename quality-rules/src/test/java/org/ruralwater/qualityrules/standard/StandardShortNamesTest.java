package org.ruralwater.qualityrules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ruralwater.core.suggestion.UnknownIdException;

class StandardShortNamesTest {

    private final Standards bundled = Standards.bundled();

    @Test
    void theComparisonSetsShortNamesStandForTheirStandardsInAnyCase() {
        assertThat(bundled.get("WHO").id()).isEqualTo("WHO-GDWQ-2022");
        assertThat(bundled.get("epa").id()).isEqualTo("US-EPA-NPDWR");
        assertThat(bundled.get("EU").id()).isEqualTo("EU-2020-2184");
        assertThat(bundled.get("GB").id()).isEqualTo("GB5749-2022");
        assertThat(bundled.get("gb5749-2006").id()).isEqualTo("GB5749-2006");
    }

    @Test
    void everyShortNameNamesABundledStandard() {
        Standards.SHORT_NAMES
                .values()
                .forEach(id -> assertThat(bundled.get(id).id()).isEqualTo(id));
        assertThat(bundled.shortNamesOf("WHO-GDWQ-2022")).containsExactly("WHO");
        assertThat(bundled.shortNamesOf("GB5749-2006")).isEmpty();
    }

    @Test
    void anUnknownIdIsAnsweredWithTheKnownAndClosestOnes() {
        assertThatThrownBy(() -> bundled.get("WHO-GDWQ-2021"))
                .isInstanceOfSatisfying(
                        UnknownIdException.class, e -> assertThat(e.closest()).containsExactly("WHO-GDWQ-2022"))
                .hasMessageContaining("known: GB5749-2022, GB5749-2006, WHO-GDWQ-2022");
    }
}
