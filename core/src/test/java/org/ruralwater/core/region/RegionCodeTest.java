package org.ruralwater.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({
        "530000, PROVINCE",
        "530100, PREFECTURE",
        "530102, COUNTY",
        "469001, COUNTY",
        "530102001000, TOWNSHIP",
        "530102001201, VILLAGE"
    })
    void levelFollowsFromTheDigits(String code, RegionLevel level) {
        assertThat(RegionCode.parse(code).level()).isEqualTo(level);
    }

    @Test
    void parentsFollowTheCodeRules() {
        RegionCode village = RegionCode.parse("530102101201");
        assertThat(village.ancestors())
                .extracting(RegionCode::value)
                .containsExactly("530102101000", "530102", "530100", "530000");
    }

    @Test
    void aCountyAdministeredByItsProvinceHasTheProvinceAsParent() {
        // 469001 五指山市 is a county-level city under Hainan province directly (prefecture digits 90).
        assertThat(RegionCode.parse("469001").parent()).contains(RegionCode.parse("460000"));
    }

    @Test
    void aTwelveDigitCountyCodeIsShortenedToSixDigits() {
        assertThat(RegionCode.parse("530102000000")).isEqualTo(RegionCode.parse("530102"));
    }

    @Test
    void aProvinceHasNoParent() {
        assertThat(RegionCode.parse("110000").parent()).isEmpty();
        assertThat(RegionCode.parse("110000").ancestors()).isEmpty();
    }

    @Test
    void containmentIsStrict() {
        RegionCode county = RegionCode.parse("530102");
        assertThat(RegionCode.parse("530102101201").isWithin(county)).isTrue();
        assertThat(county.isWithin(county)).isFalse();
        assertThat(RegionCode.parse("530103101201").isWithin(county)).isFalse();
        assertThat(RegionCode.parse("530102101201").county()).contains(county);
        assertThat(RegionCode.parse("530100").county()).isEmpty();
    }

    @Test
    void invalidCodesAreRefusedWithTheReason() {
        List.of(
                        new String[] {"53010", "has 6 digits (GB/T 2260) or 12 digits"},
                        new String[] {"53O102", "has 'O' at position 3"},
                        new String[] {"990000", "not a GB/T 2260 province code"},
                        new String[] {"530001", "under prefecture digits 00"},
                        new String[] {"530100101201", "county digits (5-6) must not be 00"},
                        new String[] {"530102000201", "township digits (7-9)"},
                        new String[] {"530102101600", "village digits (10-12)"})
                .forEach(c -> assertThatThrownBy(() -> RegionCode.parse(c[0]))
                        .as(c[0])
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(c[1]));
        assertThat(RegionCode.isValid("53010")).isFalse();
        assertThat(RegionCode.isValid("530102")).isTrue();
    }

    @Test
    void textFormIsTheCode() {
        assertThat(RegionCode.parse("530102101201")).hasToString("530102101201");
    }

    @Test
    void aCodeFindsTheRegionItLiesInAtEachLevel() {
        RegionCode village = RegionCode.parse("530102101201");
        assertThat(village.at(RegionLevel.VILLAGE)).contains(village);
        assertThat(village.at(RegionLevel.TOWNSHIP)).contains(RegionCode.parse("530102101000"));
        assertThat(village.at(RegionLevel.COUNTY)).contains(RegionCode.parse("530102"));
        assertThat(village.at(RegionLevel.PROVINCE)).contains(RegionCode.parse("530000"));
        assertThat(RegionCode.parse("530102").at(RegionLevel.VILLAGE)).isEmpty();
        // 五指山市 sits directly under Hainan province: there is no prefecture to find.
        assertThat(RegionCode.parse("469001").at(RegionLevel.PREFECTURE)).isEmpty();
    }
}
