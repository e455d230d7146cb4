package org.ruralwater.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.webapp.people.Role;

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
            assertThat(WebWords.of(role).template(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
        }
    }
}
