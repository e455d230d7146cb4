package org.ruralwater.core.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.household.Connection;
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

    /** An enum nobody labelled. */
    static final class Phrases {
        enum Nested {
            ONE
        }
    }
}
