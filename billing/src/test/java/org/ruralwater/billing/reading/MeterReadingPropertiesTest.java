package org.ruralwater.billing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;

/** A reading's physical domain: what any register can show, and what its own meter's register can. */
class MeterReadingPropertiesTest {

    private static final BigDecimal WIDEST = new BigDecimal("1e9");
    private static final MeterId M1 = MeterId.of("M1");

    /** Any decimal a file may write: every sign, and exponents up to the ±1000 a reader takes. */
    static Gen<BigDecimal> anyDecimal() {
        return longs().all().zip(integers().between(-1000, 1000), BigDecimal::valueOf);
    }

    /**
     * Readings to the litre below 10^9 m³, of every order of magnitude alike (0 to 11 digits of litres), so that
     * each register's end is crossed as often as it is not.
     */
    static Gen<BigDecimal> registerValues() {
        return longs().all()
                .zip(
                        integers().between(1, 12),
                        (l, k) -> BigDecimal.valueOf(
                                Math.floorMod(l, BigDecimal.TEN.pow(k).longValueExact()), 3));
    }

    private static MeterReading reading(BigDecimal value) {
        return new MeterReading(M1, LocalDate.of(2015, 5, 29), value, ReadingKind.ACTUAL);
    }

    @Test
    void aReadingIsTakenFromZeroToBelowTheWidestRegisterAndRefusedEverywhereElse() {
        qt().withExamples(3000).forAll(anyDecimal()).checkAssert(v -> {
            if (v.signum() >= 0 && v.compareTo(WIDEST) < 0) {
                assertThatCode(() -> reading(v)).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> reading(v))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("the reading of meter M1 on 2015-05-29 must be in [0, 1000000000) m³");
            }
        });
    }

    @Test
    void theIssuesReadingsAreRefusedAtTheWidestRegister() {
        for (String v : new String[] {"1e400", "99999999999999999999", "-1", "1e9"}) {
            assertThatThrownBy(() -> reading(new BigDecimal(v))).as(v).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatCode(() -> reading(new BigDecimal("999999999.999"))).doesNotThrowAnyException();
    }

    @Test
    void aReadingFitsItsMetersRegisterExactlyWhenItIsBelowTenToTheRegistersDigits() {
        qt().withExamples(3000)
                .forAll(integers().between(3, 9), registerValues())
                .checkAssert((digits, v) -> {
                    Meter meter = new Meter(M1, HouseholdId.of("H1"), 15, digits, LocalDate.of(2014, 1, 1));
                    boolean below = v.compareTo(BigDecimal.TEN.pow(digits)) < 0;
                    assertThat(reading(v).fits(meter))
                            .as("%s on %d digits", v, digits)
                            .isEqualTo(below);
                    assertThat(MeterReading.register(meter).contains(v)).isEqualTo(below);
                });
    }

    @Test
    void aRegistersLastLitreFitsAndItsEndDoesNot() {
        for (int digits = 3; digits <= 9; digits++) {
            Meter meter = new Meter(M1, HouseholdId.of("H1"), 15, digits, LocalDate.of(2014, 1, 1));
            BigDecimal end = BigDecimal.TEN.pow(digits);
            assertThat(reading(end.subtract(new BigDecimal("0.001"))).fits(meter))
                    .isTrue();
            assertThat(reading(BigDecimal.ZERO).fits(meter)).isTrue();
            if (digits < 9) {
                assertThat(reading(end).fits(meter)).as("%d digits", digits).isFalse();
            }
        }
    }
}
