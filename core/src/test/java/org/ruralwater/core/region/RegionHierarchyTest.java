package org.ruralwater.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionHierarchyTest {

    private final RegionHierarchy hierarchy = RegionHierarchy.of(List.of(
            Region.of("530000", "云南省"),
            Region.of("539821", "清源县"),
            Region.of("539821101000", "塘边镇"),
            Region.of("539821101201", "桃箐村"),
            Region.of("539821101202", "塘塘村")));

    @Test
    void findsTheNearestPresentAncestorWhenALevelIsMissing() {
        // The prefecture 539800 is not in the file, so the county hangs under the province.
        assertThat(hierarchy.parentOf(RegionCode.parse("539821")))
                .map(Region::name)
                .contains("云南省");
    }

    @Test
    void listsChildrenInCodeOrder() {
        assertThat(hierarchy.childrenOf(RegionCode.parse("539821101000")))
                .extracting(Region::name)
                .containsExactly("桃箐村", "塘塘村");
    }

    @Test
    void givesThePathFromTheRoot() {
        assertThat(hierarchy.pathTo(RegionCode.parse("539821101202")))
                .extracting(Region::name)
                .containsExactly("云南省", "清源县", "塘边镇", "塘塘村");
    }

    @Test
    void findsEverythingWithinARegion() {
        assertThat(hierarchy.within(RegionCode.parse("539821"))).hasSize(3);
        assertThat(hierarchy.atLevel(RegionLevel.VILLAGE)).hasSize(2);
    }

    @Test
    void refusesTwoRegionsWithOneCode() {
        assertThatThrownBy(() -> RegionHierarchy.of(List.of(Region.of("530000", "云南省"), Region.of("530000", "滇"))))
                .hasMessageContaining("530000 is used by both \"云南省\" and \"滇\"");
    }

    @Test
    void anUnknownCodeIsNamed() {
        assertThatThrownBy(() -> hierarchy.get(RegionCode.parse("110000"))).hasMessageContaining("110000");
    }
}
