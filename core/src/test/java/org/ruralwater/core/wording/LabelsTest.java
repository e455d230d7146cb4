package org.ruralwater.core.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.works.SupplyKind;

class LabelsTest {

    private static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");

    @Test
    void aConstantIsKeyedByItsEnumBelowTheModulesRootPackageAndItsCode() {
        assertThat(Labels.key(SupplyKind.SMALL_CENTRALIZED)).isEqualTo("works.SupplyKind.small_centralized");
        assertThat(Labels.key(Phrases.Nested.ONE)).isEqualTo("wording.LabelsTest.Phrases.Nested.one");
        assertThat(Labels.vocabularyName(SupplyKind.class)).isEqualTo("core-labels");
    }

    @Test
    void aLabelIsShownInTheLocaleAndInEnglishAtTheRoot() {
        assertThat(Labels.of(SupplyKind.SMALL_CENTRALIZED, ZH_CN)).isEqualTo("小型集中式供水");
        assertThat(Labels.of(SupplyKind.SMALL_CENTRALIZED, Locale.ROOT)).isEqualTo("small centralized supply");
        assertThat(Labels.of(Connection.IN_HOUSE_TAP, ZH_CN)).isEqualTo("入户");
    }

    @Test
    void aLanguageWithoutItsOwnFileFallsBackToItsLanguageThenToTheRootNeverToTheMachinesLocale() {
        assertThat(Labels.of(RegionLevel.TOWNSHIP, Locale.forLanguageTag("zh-TW")))
                .isEqualTo("township");
        assertThat(Labels.of(RegionLevel.TOWNSHIP, Locale.GERMANY)).isEqualTo("township");
        assertThat(Labels.of(RegionLevel.TOWNSHIP, Locale.ENGLISH)).isEqualTo("township");
    }

    @Test
    void exactLooksAtOneLanguageFileOnly() {
        assertThat(Labels.exact(RegionLevel.TOWNSHIP, ZH_CN)).contains("乡级");
        assertThat(Labels.exact(RegionLevel.TOWNSHIP, Locale.ROOT)).contains("township");
        assertThat(Labels.exact(RegionLevel.TOWNSHIP, Locale.FRANCE)).isEmpty();
    }

    @Test
    void aConstantWithoutALabelIsShownByItsCodeRatherThanStoppingTheOutput() {
        assertThat(Labels.of(Phrases.Nested.ONE, ZH_CN)).isEqualTo("one");
        assertThat(Labels.exact(Phrases.Nested.ONE, Locale.ROOT)).isEmpty();
    }

    @Test
    void aLabelAsAPhraseIsPutIntoWordsWhenShown() {
        Phrase p = Phrase.of(CoreWords.ONE_OF, Labels.phrase(SupplyKind.DISPERSED));
        assertThat(p.in(ZH_CN)).contains("分散式供水");
        assertThat(p.in(Locale.ROOT)).isEqualTo("one of dispersed supply");
        assertThat(Labels.phrase(SupplyKind.DISPERSED).code()).isEqualTo("core-labels.works.SupplyKind.dispersed");
    }

    @Test
    void aValueTypeIsNamedByItsLabelElseByItsSimpleNameInWords() {
        assertThat(Labels.typeName(RegionCode.class).in(ZH_CN)).isEqualTo("区划代码");
        assertThat(Labels.typeName(RegionCode.class).in(Locale.ROOT)).isEqualTo("region code");
        assertThat(Labels.typeName(UnlabelledValue.class).in(ZH_CN)).isEqualTo("unlabelled value");
        assertThat(Labels.exactTypeName(RegionCode.class, ZH_CN)).contains("区划代码");
    }

    @Test
    void aRegionCodesRefusalKeepsItsEnglishMessageAndCarriesItsReasonForEveryLanguage() {
        RefusalException e = catchThrowableOfType(() -> RegionCode.parse("5398211"), RefusalException.class);
        assertThat(e)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a region code has 6 digits (GB/T 2260) or 12 digits (statistical code), but \"5398211\""
                        + " has 7 characters");
        assertThat(e.reason().in(ZH_CN)).isEqualTo("6 位 GB/T 2260 代码或 12 位统计用区划代码，\"5398211\" 却有 7 个字符");
        assertThat(e.reason().code()).isEqualTo("core.region_code_length");
    }

    /** A value type nobody named. */
    record UnlabelledValue(String text) {}

    /** An enum nobody labelled. */
    static final class Phrases {
        enum Nested {
            ONE
        }
    }
}
