package org.ruralwater.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RegionCodePropertiesTest {

    private static final List<String> PROVINCES = List.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    /** Any valid code, at any level. */
    static Gen<RegionCode> codes() {
        Gen<String> province = integers().between(0, PROVINCES.size() - 1).map(PROVINCES::get);
        return province.zip(
                        integers().between(0, 99),
                        integers().between(0, 99),
                        integers().between(0, 599),
                        integers().between(0, 599),
                        (p, pref, county, township, village) -> build(p, pref, county, township, village))
                .zip(integers().between(0, 4), (code, level) -> truncate(code, level));
    }

    private static String build(String p, int pref, int county, int township, int village) {
        int c = county == 0 ? 1 : county;
        return String.format("%s%02d%02d%03d%03d", p, Math.max(pref, 1), c, Math.max(township, 1), village);
    }

    private static RegionCode truncate(String twelve, int level) {
        return switch (level) {
            case 0 -> RegionCode.parse(twelve.substring(0, 2) + "0000");
            case 1 -> RegionCode.parse(twelve.substring(0, 4) + "00");
            case 2 -> RegionCode.parse(twelve.substring(0, 6));
            case 3 -> RegionCode.parse(twelve.substring(0, 9) + "000");
            default -> RegionCode.parse(twelve);
        };
    }

    @Test
    void theParentChainAlwaysEndsAtAProvince() {
        qt().withExamples(5000).forAll(codes()).checkAssert(code -> {
            List<RegionCode> chain = code.ancestors();
            RegionCode top = chain.isEmpty() ? code : chain.get(chain.size() - 1);
            assertThat(top.level()).isEqualTo(RegionLevel.PROVINCE);
            assertThat(top).isEqualTo(code.province());
        });
    }

    @Test
    void eachParentIsOneLevelOrMoreAbove() {
        qt().withExamples(5000)
                .forAll(codes())
                .checkAssert(code -> code.parent()
                        .ifPresent(p -> assertThat(p.level().ordinal())
                                .isLessThan(code.level().ordinal())));
    }

    @Test
    void theTextFormParsesBackToAnEqualCode() {
        qt().forAll(codes())
                .checkAssert(
                        code -> assertThat(RegionCode.parse(code.toString())).isEqualTo(code));
    }
}
