package org.ruralwater.webapp.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.store.people.Role;

class WebWordsTest {

    private static final Vocabulary WORDS = WebWords.PLATFORM.vocabulary();

    @Test
    void everyWordOfThePlatformHasAnEnglishAndAChineseText() {
        assertThat(WORDS.missing(WebWords.class, Locale.ROOT)).isEmpty();
        assertThat(WORDS.missing(WebWords.class, Locale.SIMPLIFIED_CHINESE)).isEmpty();
    }

    @Test
    void everyRoleHasItsWord() {
        for (Role role : Role.values()) {
            assertThat(Labels.exact(role, Locale.SIMPLIFIED_CHINESE)).isPresent();
            assertThat(Labels.exact(role, Locale.ROOT)).isPresent();
        }
    }
}
