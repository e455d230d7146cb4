package org.ruralwater.webapp.wording;

import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;

/**
 * The platform's own words: page titles, labels and messages. Texts in
 * {@code META-INF/ruralwater/words/web.properties} (English) and {@code web_zh_CN.properties}.
 */
public enum WebWords implements VocabularyKey {
    PLATFORM,
    SIGN_IN,
    SIGN_OUT,
    SIGN_IN_NAME,
    PASSWORD,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGNED_IN_AS,
    SCOPE,
    ROLE,
    HOME,
    WELCOME,
    NOT_FOUND,
    FORBIDDEN,
    SESSION_EXPIRED,
    INTERNAL_ERROR,
    LANGUAGE,
    REGION,
    PEOPLE_OF,
    NATIONAL_TARGET,
    DEFINITION_TAP_WATER,
    DEFINITION_LARGE_SCALE,
    DEFINITION_CENTRALISED,
    NO_RECORDS;

    private static final Vocabulary WORDS = Vocabulary.of(WebWords.class, "web");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }
}
