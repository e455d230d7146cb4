package org.ruralwater.core.wording;

import java.util.Locale;

/**
 * A phrase key whose code and texts come from a {@link Vocabulary}: each module's words enum implements it
 * and names its vocabulary, and nothing else.
 */
public interface VocabularyKey extends PhraseKey {

    /** The vocabulary the key belongs to. */
    Vocabulary vocabulary();

    @Override
    default String code() {
        return vocabulary().code((Enum<?>) this);
    }

    @Override
    default String template(Locale locale) {
        return vocabulary().template((Enum<?>) this, locale);
    }
}
