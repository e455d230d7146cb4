package org.ruralwater.core.works;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ruralwater.core.datafile.Coded;

/** The disinfection methods GB 5749-2022 Table 1 note c names, by their file codes (issue 15). */
class DisinfectionMethodTest {

    @ParameterizedTest(name = "{0} reads as {1}, leaves a residual: {2}")
    @CsvSource({
        "liquid_chlorine, LIQUID_CHLORINE, true",
        "sodium_hypochlorite, SODIUM_HYPOCHLORITE, true",
        "calcium_hypochlorite, CALCIUM_HYPOCHLORITE, true",
        "chlorine, CHLORINE, true",
        "Chlorine , CHLORINE, true",
        "chloramine, CHLORAMINE, true",
        "ozone, OZONE, false",
        "chlorine_dioxide, CHLORINE_DIOXIDE, true",
        "chlorine_dioxide_chlorine, CHLORINE_DIOXIDE_CHLORINE, true",
        "uv, UV, false",
        "none, NONE, false"
    })
    void everyMethodOfNoteCAndTheOlderChlorineCodeRead(String code, DisinfectionMethod method, boolean residual) {
        assertThat(Coded.parse(DisinfectionMethod.class, code)).contains(method);
        assertThat(Coded.parse(DisinfectionMethod.class, method.code())).contains(method);
        assertThat(method.leavesResidual()).isEqualTo(residual);
    }
}
