package org.ruralwater.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.asset.Asset;
import org.ruralwater.core.asset.AssetId;
import org.ruralwater.core.asset.AssetType;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SourceType;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.Treatment;
import org.ruralwater.core.works.WorksId;

/** Core's records refuse values outside their physical domain, at and around each bound. */
class PhysicalDomainsTest {

    private static final RegionCode VILLAGE = RegionCode.parse("539821101201");

    private static Household household(int members) {
        return new Household(
                HouseholdId.of("H-5"), VILLAGE, Optional.empty(), members, Connection.YARD_TAP, Optional.empty());
    }

    private static SupplyWorks works(String capacity, int people) {
        return new SupplyWorks(
                WorksId.of("W1"),
                "桃箐村供水站",
                SupplyKind.SMALL_CENTRALIZED,
                SourceType.SPRING,
                Quantity.parse(capacity),
                people,
                List.of(Treatment.NONE),
                DisinfectionMethod.CHLORINE,
                List.of(VILLAGE));
    }

    private static Asset asset(AssetType type, String size) {
        return new Asset(
                AssetId.of("A1"), WorksId.of("W1"), type, "a", Optional.of(Quantity.parse(size)), Optional.empty());
    }

    @Test
    void aHouseholdHasOneToFiftyMembers() {
        assertThat(household(1).members()).isEqualTo(1);
        assertThat(household(50).members()).isEqualTo(50);
        assertThatThrownBy(() -> household(51))
                .hasMessage("the members of household H-5 must be in [1, 50], but is 51");
        assertThatThrownBy(() -> household(0)).hasMessageContaining("at least one member");
    }

    @Test
    void aWorksHasACapacityAboveZeroUpToTenMillionCubicMetresADayAndServesUpToAHundredMillion() {
        assertThatCode(() -> works("10000000 m³/d", 100_000_000)).doesNotThrowAnyException();
        assertThatCode(() -> works("0.001 m³/d", 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> works("10000000.001 m³/d", 10))
                .hasMessage("the design capacity of works W1 must be in (0, 10000000] m³/d, but is 10000000.001 m³/d");
        assertThatThrownBy(() -> works("1e400 m³/d", 10)).hasMessageContaining("must be in (0, 10000000] m³/d");
        assertThatThrownBy(() -> works("100 m³/d", 100_000_001))
                .hasMessage("the people served by works W1 must be in [0, 100000000], but is 100000001");
    }

    @Test
    void anAssetsSizeIsBoundedByItsCategory() {
        assertThatCode(() -> asset(AssetType.GATE_VALVE, "4000 mm")).doesNotThrowAnyException();
        assertThatThrownBy(() -> asset(AssetType.GATE_VALVE, "4001 mm"))
                .hasMessage("the size of asset A1 must be in (0, 4000] mm, but is 4001 mm");
        assertThatThrownBy(() -> asset(AssetType.GATE_VALVE, "0 mm")).hasMessageContaining("must be in (0, 4000] mm");
    }
}
