package org.ruralwater.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

    @Test
    void convertsMicrogramsToMilligramsExactly() {
        assertThat(Quantity.of("10", Unit.MICROGRAM_PER_LITRE).to(Unit.MILLIGRAM_PER_LITRE))
                .isEqualTo(Quantity.of("0.01", Unit.MILLIGRAM_PER_LITRE));
        assertThat(Quantity.of("0.01", Unit.MILLIGRAM_PER_LITRE).to(Unit.NANOGRAM_PER_LITRE))
                .isEqualTo(Quantity.of("10000", Unit.NANOGRAM_PER_LITRE));
    }

    @Test
    void convertsFlowsAndVolumes() {
        assertThat(Quantity.of(1, Unit.LITRE_PER_SECOND).to(Unit.CUBIC_METRE_PER_DAY))
                .isEqualTo(Quantity.of("86.4", Unit.CUBIC_METRE_PER_DAY));
        assertThat(Quantity.of(2, Unit.CUBIC_METRE_PER_HOUR).to(Unit.CUBIC_METRE_PER_DAY))
                .isEqualTo(Quantity.of(48, Unit.CUBIC_METRE_PER_DAY));
        assertThat(Quantity.of(1500, Unit.LITRE).to(Unit.CUBIC_METRE)).isEqualTo(Quantity.of("1.5", Unit.CUBIC_METRE));
        assertThat(Quantity.of(1, Unit.CFU_PER_ML).to(Unit.CFU_PER_100_ML))
                .isEqualTo(Quantity.of(100, Unit.CFU_PER_100_ML));
    }

    @Test
    void refusesToConvertBetweenDimensionsAndNamesBoth() {
        assertThatThrownBy(() -> Quantity.of(1, Unit.MILLIGRAM_PER_LITRE).to(Unit.NTU))
                .isInstanceOf(IncompatibleUnitsException.class)
                .hasMessage("cannot convert mg/L (MASS_CONCENTRATION) to NTU (TURBIDITY)");
    }

    @Test
    void keepsColonyCountsAndMostProbableNumbersApart() {
        assertThatThrownBy(() -> Quantity.of(1, Unit.MPN_PER_100_ML).to(Unit.CFU_PER_100_ML))
                .isInstanceOf(IncompatibleUnitsException.class);
    }

    @Test
    void saysWhenAnExactConversionHasNoFiniteDecimal() {
        Quantity flow = Quantity.of(1, Unit.CUBIC_METRE_PER_DAY);
        assertThatThrownBy(() -> flow.to(Unit.LITRE_PER_SECOND))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("never ends")
                .hasMessageContaining("Maybe call to(unit, mathContext)");
        assertThat(flow.to(Unit.LITRE_PER_SECOND, MathContext.DECIMAL64).value())
                .isEqualByComparingTo("0.01157407407407407");
    }

    @Test
    void comparesAcrossUnitsOfOneDimension() {
        Quantity limit = Quantity.of("0.01", Unit.MILLIGRAM_PER_LITRE);
        assertThat(Quantity.of(12, Unit.MICROGRAM_PER_LITRE).isGreaterThan(limit))
                .isTrue();
        assertThat(Quantity.of(10, Unit.MICROGRAM_PER_LITRE).isEquivalentTo(limit))
                .isTrue();
        assertThat(Quantity.of("10.0", Unit.MICROGRAM_PER_LITRE))
                .isNotEqualTo(Quantity.of(10, Unit.MICROGRAM_PER_LITRE));
    }

    @Test
    void addsInTheUnitOfTheLeftOperand() {
        assertThat(Quantity.of(1, Unit.CUBIC_METRE).plus(Quantity.of(250, Unit.LITRE)))
                .isEqualTo(Quantity.of("1.25", Unit.CUBIC_METRE));
        assertThat(Quantity.of(1, Unit.CUBIC_METRE)
                        .minus(Quantity.of(250, Unit.LITRE))
                        .value())
                .isEqualByComparingTo(new BigDecimal("0.75"));
    }

    @ParameterizedTest
    @CsvSource({"0.01 mg/L", "12 µg/L", "1 NTU", "7.5", "100 CFU/100mL", "30 m³/d", "0.14 MPa"})
    void textFormRoundTrips(String text) {
        assertThat(Quantity.parse(text)).hasToString(text);
    }

    @Test
    void parsesUnitsAsLabReportsWriteThem() {
        assertThat(Quantity.parse("5 ug/L").unit()).isEqualTo(Unit.MICROGRAM_PER_LITRE);
        assertThat(Quantity.parse("5 μg/L").unit()).isEqualTo(Unit.MICROGRAM_PER_LITRE);
        assertThat(Quantity.parse("3 MPN/100 mL").unit()).isEqualTo(Unit.MPN_PER_100_ML);
        assertThat(Quantity.parse("1000 m3/d").unit()).isEqualTo(Unit.CUBIC_METRE_PER_DAY);
        assertThat(Quantity.parse("60 L/(人·d)").unit()).isEqualTo(Unit.LITRE_PER_PERSON_DAY);
    }
}
