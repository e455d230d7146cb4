package org.ruralwater.webapp;

import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;
import org.ruralwater.webapp.people.Role;

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
    ROLE_OFFICER,
    ROLE_TOWNSHIP_STAFF,
    ROLE_WATER_MANAGER,
    ROLE_CREW_MEMBER,
    ROLE_AUDITOR,
    ROLE_ADMINISTRATOR;

    /** The word for a role. */
    public static WebWords of(Role role) {
        return valueOf("ROLE_" + role.name());
    }

    private static final Vocabulary WORDS = Vocabulary.of(WebWords.class, "web");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }
}
