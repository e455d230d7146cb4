package org.ruralwater.qualityrules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndicatorNamesTest {

    private static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");
    private final Standard gb = Standards.bundled().get("GB5749-2022");

    @Test
    void aChineseReaderSeesTheStandardsOwnChineseNames() {
        assertThat(gb.indicator("turbidity").orElseThrow().name(ZH_CN)).isEqualTo("浑浊度（散射浑浊度单位）");
        assertThat(gb.indicator("free_chlorine").orElseThrow().name(ZH_CN)).isEqualTo("游离氯");
        assertThat(gb.indicator("nitrate_n").orElseThrow().name(Locale.CHINESE)).isEqualTo("硝酸盐（以N计）");
    }

    @Test
    void everyOtherReaderSeesTheEnglishName() {
        assertThat(gb.indicator("turbidity").orElseThrow().name(Locale.ROOT)).isEqualTo("Turbidity");
        assertThat(gb.indicator("free_chlorine").orElseThrow().name(Locale.GERMANY))
                .isEqualTo("Free chlorine");
    }

    @Test
    void everyIndicatorOfEveryBundledStandardHasBothNames() {
        for (Standard s : Standards.bundled().all()) {
            String id = s.id();
            for (Indicator i : s.indicators()) {
                assertThat(i.name(ZH_CN)).as(id + " " + i.code()).isNotBlank();
                assertThat(i.name(Locale.ROOT)).as(id + " " + i.code()).isNotBlank();
            }
        }
    }
}
