package org.ruralwater.core.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.region.RegionCode;

class SupplyWorksTest {

    private static SupplyWorks works(String capacity, int people) {
        return new SupplyWorks(
                WorksId.of("W1"),
                "桃箐村供水站",
                SupplyKind.SMALL_CENTRALIZED,
                SourceType.SPRING,
                Quantity.parse(capacity),
                people,
                List.of(Treatment.SLOW_SAND_FILTRATION),
                DisinfectionMethod.CHLORINE,
                List.of(RegionCode.parse("539821101201")));
    }

    @ParameterizedTest(name = "{0} is class {1}")
    @CsvSource({
        "10000 m³/d, I",
        "9999.99 m³/d, II",
        "5000 m³/d, II",
        "4999 m³/d, III",
        "1000 m³/d, III",
        "999 m³/d, IV",
        "100 m³/d, IV",
        "99 m³/d, V",
        "10 m³/d, V",
        "0.5 L/s, V",
        "2 m³/h, V"
    })
    void scaleClassIncludesItsLowerBoundAndExcludesItsUpper(String capacity, ScaleClass expected) {
        assertThat(works(capacity, 100).scaleClass()).contains(expected);
    }

    @Test
    void belowTenCubicMetresADayThereIsNoClass() {
        assertThat(works("9.99 m³/d", 20).scaleClass()).isEmpty();
        assertThat(ScaleClass.of(Quantity.of(10, Unit.CUBIC_METRE_PER_DAY))).isEqualTo(Optional.of(ScaleClass.V));
    }

    @Test
    void largeScaleMeansAThousandTonnesOrTenThousandPeople() {
        assertThat(works("1000 m³/d", 10).isLargeScale()).isTrue();
        assertThat(works("999 m³/d", 9_999).isLargeScale()).isFalse();
        assertThat(works("999 m³/d", 10_000).isLargeScale()).isTrue();
    }

    @Test
    void classThreeAndAboveMustSupplyAroundTheClock() {
        assertThat(ScaleClass.III.requiresContinuousSupply()).isTrue();
        assertThat(ScaleClass.IV.requiresContinuousSupply()).isFalse();
    }

    @Test
    void refusesACapacityThatIsNotAFlow() {
        assertThatThrownBy(() -> works("1000 m³", 10))
                .hasMessageContaining("design capacity of works W1 must be a flow such as m³/d, but was 1000 m³");
    }

    @Test
    void refusesATownshipWhereAVillageBelongs() {
        assertThatThrownBy(() -> new SupplyWorks(
                        WorksId.of("W1"),
                        "x",
                        SupplyKind.CENTRALIZED,
                        SourceType.SURFACE,
                        Quantity.parse("100 m³/d"),
                        1,
                        List.of(Treatment.CONVENTIONAL),
                        DisinfectionMethod.CHLORINE,
                        List.of(RegionCode.parse("539821101000"))))
                .hasMessageContaining("lists 539821101000 as a village, but it is a TOWNSHIP code");
    }

    @Test
    void onlySmallAndDispersedSupplyMayUseTheRelaxation() {
        assertThat(SupplyKind.CENTRALIZED.mayUseSmallSupplyRelaxation()).isFalse();
        assertThat(SupplyKind.SMALL_CENTRALIZED.mayUseSmallSupplyRelaxation()).isTrue();
        assertThat(SupplyKind.DISPERSED.mayUseSmallSupplyRelaxation()).isTrue();
        assertThat(DisinfectionMethod.UV.leavesResidual()).isFalse();
        assertThat(DisinfectionMethod.CHLORAMINE.leavesResidual()).isTrue();
    }

    @Test
    void identifiersRefuseCharactersThatBreakFilesAndUrls() {
        assertThatThrownBy(() -> WorksId.of("W 1")).hasMessageContaining("has ' ' at position 2");
        assertThatThrownBy(() -> WorksId.of("")).hasMessageContaining("1 to 64 characters");
    }
}
