package org.ruralwater.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void anEmptyUnitIsDimensionlessAsForPh() {
        assertThat(Unit.parse("")).isEqualTo(Unit.ONE);
        assertThat(Unit.parse("pH")).isEqualTo(Unit.ONE);
    }

    @Test
    void ignoresSpacesAndCaseWhereUnambiguous() {
        assertThat(Unit.parse("MG/L")).isEqualTo(Unit.MILLIGRAM_PER_LITRE);
        assertThat(Unit.parse("cfu / 100 ml")).isEqualTo(Unit.CFU_PER_100_ML);
        assertThat(Unit.parse(" NTU ")).isEqualTo(Unit.NTU);
    }

    @Test
    void anUnknownUnitNamesItselfAndTheNearestKnownOne() {
        assertThatThrownBy(() -> Unit.parse("mg/m"))
                .isInstanceOfSatisfying(UnknownUnitException.class, e -> {
                    assertThat(e.text()).isEqualTo("mg/m");
                    assertThat(e.suggestion()).contains("mg/L");
                })
                .hasMessageContaining("unknown unit \"mg/m\"")
                .hasMessageContaining("Maybe \"mg/L\"?");
    }

    @Test
    void aFarOffTextGetsNoMisleadingSuggestion() {
        assertThatThrownBy(() -> Unit.parse("furlongs per fortnight"))
                .isInstanceOfSatisfying(
                        UnknownUnitException.class,
                        e -> assertThat(e.suggestion()).isEmpty());
    }

    @Test
    void everySymbolAndAliasParsesBackToItsUnit() {
        for (Unit u : Unit.values()) {
            assertThat(Unit.parse(u.symbol())).isEqualTo(u);
            for (String alias : u.aliases()) {
                assertThat(Unit.parse(alias)).as(alias).isEqualTo(u);
            }
        }
    }
}
