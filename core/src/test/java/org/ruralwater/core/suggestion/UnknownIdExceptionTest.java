package org.ruralwater.core.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;

class UnknownIdExceptionTest {

    private static final List<String> KNOWN =
            List.of("HENAN-2020", "T/CHES 18-2018", "HEBEI-RURAL-2019-DRAFT", "HUNAN-2020");

    @Test
    void namesTheIdTheKnownOnesAndTheClosestOnAnAdviceLine() {
        UnknownIdException e = UnknownIdException.of(Phrase.of(CoreWords.NOUN_WORKS), "HXNAN-2020", KNOWN);

        assertThat(e.closest()).containsExactly("HENAN-2020", "HUNAN-2020");
        assertThat(e)
                .hasMessage(
                        "no works HXNAN-2020 (known: HENAN-2020, T/CHES 18-2018, HEBEI-RURAL-2019-DRAFT, HUNAN-2020)\n"
                                + "Maybe \"HENAN-2020\" or \"HUNAN-2020\"?");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFarOffIdGetsNoAdvice() {
        UnknownIdException e = UnknownIdException.of(Phrase.of(CoreWords.NOUN_WORKS), "x", List.of("GB5749-2022"));

        assertThat(e.closest()).isEmpty();
        assertThat(e).hasMessage("no works x (known: GB5749-2022)");
    }

    @Test
    void closestKeepsAtMostTheLimitNearestFirst() {
        assertThat(Suggestions.closest("abcd", List.of("abcx", "abcd1", "zzzz", "abdd", "abcde1"), 2))
                .containsExactly("abcx", "abcd1");
        assertThat(Suggestions.closest("abcd", List.of("abxx", "abcx"), 3)).containsExactly("abcx");
        assertThatThrownBy(() -> Suggestions.closest("a", List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
